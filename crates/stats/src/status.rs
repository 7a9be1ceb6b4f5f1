//! Migration background (MH) from register features: the MigraPro-style cascade of
//! `shared/domain/migration-status.md`. First match wins; every rule is its own function.
//!
//! Pure functions of a person's features and their linked parents; no I/O, no global state.

use serde::Serialize;

use crate::countries::{Countries, CountryId};

/// How German citizenship was acquired (register column `citizenship_acquisition`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Acquisition {
    /// By birth (descent), or nothing recorded for a German: the register's default.
    ByBirth,
    Naturalisation,
    /// Late repatriate / ethnic German resettler (Spätaussiedler).
    LateRepatriate,
    /// Born in Germany to foreign parents since 2000 (ius soli with the option rule).
    OptionRule,
    Adoption,
    /// The register knows the person is German but not how (often lost on moving).
    Unknown,
}

impl Acquisition {
    /// Register codes: G birth, E naturalisation (Einbürgerung), S late repatriate
    /// (Spätaussiedler), O option rule, A adoption, U unknown. Empty = by birth / not German.
    pub fn from_code(code: &[u8]) -> Option<Self> {
        match code {
            b"" | b"G" | b"g" => Some(Self::ByBirth),
            b"E" | b"e" => Some(Self::Naturalisation),
            b"S" | b"s" => Some(Self::LateRepatriate),
            b"O" | b"o" => Some(Self::OptionRule),
            b"A" | b"a" => Some(Self::Adoption),
            b"U" | b"u" => Some(Self::Unknown),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::ByBirth => "G",
            Self::Naturalisation => "E",
            Self::LateRepatriate => "S",
            Self::OptionRule => "O",
            Self::Adoption => "A",
            Self::Unknown => "U",
        }
    }
}

/// The fine output categories; codes are stable and used in every output file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Category {
    NoMigrationBackground,
    ForeignNational,
    Naturalised,
    LateRepatriate,
    OptionRule,
    Adoption,
    DualNational,
    BornAbroad,
    ThroughParent,
}

impl Category {
    pub const ALL: [Category; 9] = [
        Self::ForeignNational,
        Self::Naturalised,
        Self::LateRepatriate,
        Self::OptionRule,
        Self::Adoption,
        Self::DualNational,
        Self::BornAbroad,
        Self::ThroughParent,
        Self::NoMigrationBackground,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::NoMigrationBackground => "NO_MH",
            Self::ForeignNational => "FOREIGN",
            Self::Naturalised => "DE_NAT",
            Self::LateRepatriate => "DE_LATE",
            Self::OptionRule => "DE_OPT",
            Self::Adoption => "DE_ADOPT",
            Self::DualNational => "DE_DUAL",
            Self::BornAbroad => "DE_ABROAD",
            Self::ThroughParent => "CHILD_PARENT",
        }
    }

    pub fn has_migration_background(self) -> bool {
        self != Self::NoMigrationBackground
    }

    /// Germans with a migration background of their own (rules 2 to 4).
    pub fn is_german_with_own_background(self) -> bool {
        matches!(
            self,
            Self::Naturalised
                | Self::LateRepatriate
                | Self::OptionRule
                | Self::Adoption
                | Self::DualNational
                | Self::BornAbroad
        )
    }
}

/// Which rule of the cascade decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Rule {
    ForeignNational,
    AcquiredCitizenship,
    DualNational,
    BornAbroadAndImmigrated,
    ChildThroughParent,
    Otherwise,
}

/// What the register says about one person, already decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersonFeatures {
    pub nationality_1: CountryId,
    pub nationality_2: Option<CountryId>,
    pub acquisition: Acquisition,
    pub country_of_birth: Option<CountryId>,
    /// Country the person moved in from, if they ever moved in from abroad.
    pub immigration_country: Option<CountryId>,
    /// Completed years at the reference date.
    pub age: u8,
}

/// A parent's own migration background (rules 1-4) as the child's derivation needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OwnBackground {
    pub category: Category,
    pub country_of_reference: Option<CountryId>,
}

/// One of a minor's two parent links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParentLink {
    /// The register has no link (unknown parent, or the person is an adult).
    NotLinked,
    /// A link exists but the parent is not in the extract (moved away, died); contributes nothing.
    Missing,
    /// The parent's own background by rules 1-4 (None = none of them matched).
    Found(Option<OwnBackground>),
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct DerivationOptions {
    /// Apply the federal definition: a German born abroad whose linked parents have no migration
    /// background is not counted under rule 4. Only possible where parent data exists (minors).
    pub federal_exclusion: bool,
}

/// The result kept for every person: category, the rule that decided, the country of reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MigrationStatus {
    pub category: Category,
    pub rule: Rule,
    pub country_of_reference: Option<CountryId>,
}

pub const ADULT_AGE: u8 = 18;

fn is_german(countries: &Countries, country: CountryId) -> bool {
    country == countries.germany()
}

/// Rule 1: first nationality is not German (including stateless, unclear, not stated).
pub fn rule_1_foreign_national(person: &PersonFeatures, countries: &Countries) -> Option<Category> {
    (!is_german(countries, person.nationality_1)).then_some(Category::ForeignNational)
}

/// Rule 2: German by naturalisation, as late repatriate, by the option rule or by adoption.
pub fn rule_2_acquired_citizenship(person: &PersonFeatures) -> Option<Category> {
    match person.acquisition {
        Acquisition::Naturalisation => Some(Category::Naturalised),
        Acquisition::LateRepatriate => Some(Category::LateRepatriate),
        Acquisition::OptionRule => Some(Category::OptionRule),
        Acquisition::Adoption => Some(Category::Adoption),
        Acquisition::ByBirth | Acquisition::Unknown => None,
    }
}

/// Rule 3: German with a second, non-German nationality.
pub fn rule_3_dual_national(person: &PersonFeatures, countries: &Countries) -> Option<Category> {
    person
        .nationality_2
        .filter(|&second| !is_german(countries, second))
        .map(|_| Category::DualNational)
}

/// Rule 4: born outside Germany (a known foreign state) and moved in from abroad.
pub fn rule_4_born_abroad_and_immigrated(
    person: &PersonFeatures,
    countries: &Countries,
) -> Option<Category> {
    let born_abroad = person
        .country_of_birth
        .is_some_and(|country| countries.is_foreign_state(country));
    let moved_in = person
        .immigration_country
        .is_some_and(|country| !is_german(countries, country));
    (born_abroad && moved_in).then_some(Category::BornAbroad)
}

/// The federal exclusion: parent data exists and no linked parent has a migration background.
pub fn federal_exclusion_applies(parents: &[ParentLink; 2]) -> bool {
    let found: Vec<&Option<OwnBackground>> = parents
        .iter()
        .filter_map(|link| match link {
            ParentLink::Found(own) => Some(own),
            ParentLink::NotLinked | ParentLink::Missing => None,
        })
        .collect();
    !found.is_empty() && found.iter().all(|own| own.is_none())
}

/// Rule 5: a minor with at least one linked parent who has a migration background (rules 1-4).
pub fn rule_5_child_through_parent(
    person: &PersonFeatures,
    parents: &[ParentLink; 2],
) -> Option<(Category, Option<CountryId>)> {
    if person.age >= ADULT_AGE {
        return None;
    }
    parents.iter().find_map(|link| match link {
        ParentLink::Found(Some(own)) => Some((Category::ThroughParent, own.country_of_reference)),
        ParentLink::Found(None) | ParentLink::NotLinked | ParentLink::Missing => None,
    })
}

/// Country of reference from the person's own features: first nationality (if not German), second
/// nationality, country of birth (if not Germany), country moved in from; only real states count.
pub fn own_country_of_reference(
    person: &PersonFeatures,
    countries: &Countries,
) -> Option<CountryId> {
    [
        Some(person.nationality_1),
        person.nationality_2,
        person.country_of_birth,
        person.immigration_country,
    ]
    .into_iter()
    .flatten()
    .find(|&country| countries.is_foreign_state(country))
}

/// Rules 1-4 without the federal exclusion: what a parent passes on to a child.
pub fn own_background(person: &PersonFeatures, countries: &Countries) -> Option<OwnBackground> {
    let category = rule_1_foreign_national(person, countries)
        .or_else(|| rule_2_acquired_citizenship(person))
        .or_else(|| rule_3_dual_national(person, countries))
        .or_else(|| rule_4_born_abroad_and_immigrated(person, countries))?;
    Some(OwnBackground {
        category,
        country_of_reference: own_country_of_reference(person, countries),
    })
}

/// The whole cascade for one person.
pub fn derive(
    person: &PersonFeatures,
    parents: &[ParentLink; 2],
    countries: &Countries,
    options: DerivationOptions,
) -> MigrationStatus {
    let decided = |category, rule| MigrationStatus {
        category,
        rule,
        country_of_reference: own_country_of_reference(person, countries)
            .or_else(|| parent_country_of_reference(parents)),
    };
    if let Some(category) = rule_1_foreign_national(person, countries) {
        return decided(category, Rule::ForeignNational);
    }
    if let Some(category) = rule_2_acquired_citizenship(person) {
        return decided(category, Rule::AcquiredCitizenship);
    }
    if let Some(category) = rule_3_dual_national(person, countries) {
        return decided(category, Rule::DualNational);
    }
    if let Some(category) = rule_4_born_abroad_and_immigrated(person, countries) {
        let excluded = options.federal_exclusion
            && person.age < ADULT_AGE
            && federal_exclusion_applies(parents);
        if !excluded {
            return decided(category, Rule::BornAbroadAndImmigrated);
        }
    }
    if let Some((category, parent_reference)) = rule_5_child_through_parent(person, parents) {
        return MigrationStatus {
            category,
            rule: Rule::ChildThroughParent,
            country_of_reference: parent_reference.or_else(|| parent_country_of_reference(parents)),
        };
    }
    MigrationStatus {
        category: Category::NoMigrationBackground,
        rule: Rule::Otherwise,
        country_of_reference: None,
    }
}

fn parent_country_of_reference(parents: &[ParentLink; 2]) -> Option<CountryId> {
    parents.iter().find_map(|link| match link {
        ParentLink::Found(Some(own)) => own.country_of_reference,
        ParentLink::Found(None) | ParentLink::NotLinked | ParentLink::Missing => None,
    })
}

#[cfg(test)]
mod tests;
