//! Every rule of the cascade on hand-made persons, including the hard cases of issue 4.

use super::*;
use crate::countries::{Country, Region};

fn countries() -> Countries {
    let make = |iso2: &str, destatis: &str, region| Country {
        iso2: iso2.into(),
        destatis: destatis.into(),
        region,
        late_repatriate_origin: false,
        name_de: iso2.into(),
        name_en: iso2.into(),
    };
    Countries::new(vec![
        make("DE", "000", Region::Germany),
        make("TR", "163", Region::Third),
        make("PL", "152", Region::EuropeanUnion),
        make("KZ", "444", Region::Third),
        make("US", "368", Region::Third),
        make("XA", "997", Region::NoState),
        make("SY", "475", Region::Third),
    ])
    .unwrap()
}

const DE: CountryId = 0;
const TR: CountryId = 1;
const PL: CountryId = 2;
const KZ: CountryId = 3;
const US: CountryId = 4;
const STATELESS: CountryId = 5;
const SY: CountryId = 6;

fn german_by_birth(age: u8) -> PersonFeatures {
    PersonFeatures {
        nationality_1: DE,
        nationality_2: None,
        acquisition: Acquisition::ByBirth,
        country_of_birth: Some(DE),
        immigration_country: None,
        age,
    }
}

const NO_PARENTS: [ParentLink; 2] = [ParentLink::NotLinked, ParentLink::NotLinked];

fn run(person: &PersonFeatures, parents: &[ParentLink; 2]) -> MigrationStatus {
    derive(person, parents, &countries(), DerivationOptions::default())
}

fn parent(person: &PersonFeatures) -> ParentLink {
    ParentLink::Found(own_background(person, &countries()))
}

#[test]
fn rule_1_foreign_national_keeps_the_nationality_as_country_of_reference() {
    let person = PersonFeatures {
        nationality_1: TR,
        country_of_birth: Some(TR),
        immigration_country: Some(TR),
        ..german_by_birth(40)
    };
    let status = run(&person, &NO_PARENTS);
    assert_eq!(status.category, Category::ForeignNational);
    assert_eq!(status.rule, Rule::ForeignNational);
    assert_eq!(status.country_of_reference, Some(TR));
}

#[test]
fn stateless_person_is_a_foreign_national_with_reference_from_country_of_birth() {
    let person = PersonFeatures {
        nationality_1: STATELESS,
        country_of_birth: Some(SY),
        immigration_country: Some(SY),
        ..german_by_birth(30)
    };
    let status = run(&person, &NO_PARENTS);
    assert_eq!(status.category, Category::ForeignNational);
    assert_eq!(
        status.country_of_reference,
        Some(SY),
        "stateless is no valid country"
    );
}

#[test]
fn rule_2_naturalised_late_repatriate_option_and_adoption() {
    let cases = [
        (Acquisition::Naturalisation, Category::Naturalised),
        (Acquisition::LateRepatriate, Category::LateRepatriate),
        (Acquisition::OptionRule, Category::OptionRule),
        (Acquisition::Adoption, Category::Adoption),
    ];
    for (acquisition, expected) in cases {
        let person = PersonFeatures {
            acquisition,
            country_of_birth: Some(KZ),
            immigration_country: Some(KZ),
            ..german_by_birth(50)
        };
        let status = run(&person, &NO_PARENTS);
        assert_eq!(status.category, expected, "{acquisition:?}");
        assert_eq!(status.rule, Rule::AcquiredCitizenship);
        assert_eq!(status.country_of_reference, Some(KZ));
    }
}

#[test]
fn naturalised_person_born_in_germany_has_own_background_without_reference_country() {
    let person = PersonFeatures {
        acquisition: Acquisition::Naturalisation,
        ..german_by_birth(25)
    };
    let status = run(&person, &NO_PARENTS);
    assert_eq!(status.category, Category::Naturalised);
    assert_eq!(status.country_of_reference, None);
}

#[test]
fn rule_3_dual_national() {
    let person = PersonFeatures {
        nationality_2: Some(TR),
        ..german_by_birth(12)
    };
    let status = run(&person, &NO_PARENTS);
    assert_eq!(status.category, Category::DualNational);
    assert_eq!(status.country_of_reference, Some(TR));
}

#[test]
fn option_rule_child_with_second_nationality_is_counted_by_rule_2_first() {
    let person = PersonFeatures {
        acquisition: Acquisition::OptionRule,
        nationality_2: Some(TR),
        ..german_by_birth(10)
    };
    let status = run(&person, &NO_PARENTS);
    assert_eq!(status.category, Category::OptionRule);
    assert_eq!(status.rule, Rule::AcquiredCitizenship);
    assert_eq!(status.country_of_reference, Some(TR));
}

#[test]
fn rule_4_german_born_abroad_who_moved_in() {
    let person = PersonFeatures {
        country_of_birth: Some(KZ),
        immigration_country: Some(KZ),
        ..german_by_birth(60)
    };
    let status = run(&person, &NO_PARENTS);
    assert_eq!(status.category, Category::BornAbroad);
    assert_eq!(status.country_of_reference, Some(KZ));
    let never_moved = PersonFeatures {
        immigration_country: None,
        ..person
    };
    assert_eq!(
        run(&never_moved, &NO_PARENTS).category,
        Category::NoMigrationBackground
    );
}

#[test]
fn minor_gets_background_only_through_a_parent() {
    let mother = PersonFeatures {
        nationality_1: PL,
        country_of_birth: Some(PL),
        immigration_country: Some(PL),
        ..german_by_birth(35)
    };
    let father = german_by_birth(37);
    let child = german_by_birth(6);
    let status = run(&child, &[parent(&father), parent(&mother)]);
    assert_eq!(status.category, Category::ThroughParent);
    assert_eq!(status.rule, Rule::ChildThroughParent);
    assert_eq!(status.country_of_reference, Some(PL));
    let status = run(&child, &[parent(&father), ParentLink::NotLinked]);
    assert_eq!(status.category, Category::NoMigrationBackground);
}

#[test]
fn adults_get_no_background_through_parents() {
    let mother = PersonFeatures {
        nationality_1: TR,
        ..german_by_birth(50)
    };
    let adult = german_by_birth(18);
    let status = run(&adult, &[parent(&mother), ParentLink::NotLinked]);
    assert_eq!(status.category, Category::NoMigrationBackground);
}

#[test]
fn parent_missing_from_the_extract_contributes_nothing() {
    let child = german_by_birth(4);
    let status = run(&child, &[ParentLink::Missing, ParentLink::NotLinked]);
    assert_eq!(status.category, Category::NoMigrationBackground);
    let father = PersonFeatures {
        nationality_1: SY,
        ..german_by_birth(30)
    };
    let status = run(&child, &[ParentLink::Missing, parent(&father)]);
    assert_eq!(status.category, Category::ThroughParent);
    assert_eq!(status.country_of_reference, Some(SY));
}

#[test]
fn parent_with_background_only_by_rule_4_passes_it_on() {
    let late_repatriate_father = PersonFeatures {
        country_of_birth: Some(KZ),
        immigration_country: Some(KZ),
        ..german_by_birth(45)
    };
    let child = german_by_birth(9);
    let status = run(
        &child,
        &[parent(&late_repatriate_father), ParentLink::NotLinked],
    );
    assert_eq!(status.category, Category::ThroughParent);
    assert_eq!(status.country_of_reference, Some(KZ));
}

#[test]
fn german_born_abroad_to_parents_without_background_with_and_without_federal_exclusion() {
    let child = PersonFeatures {
        country_of_birth: Some(US),
        immigration_country: Some(US),
        ..german_by_birth(8)
    };
    let parents = [parent(&german_by_birth(40)), parent(&german_by_birth(41))];
    let countries = countries();
    let register = derive(&child, &parents, &countries, DerivationOptions::default());
    assert_eq!(register.category, Category::BornAbroad);
    let federal = derive(
        &child,
        &parents,
        &countries,
        DerivationOptions {
            federal_exclusion: true,
        },
    );
    assert_eq!(federal.category, Category::NoMigrationBackground);
    // Without parent data the exclusion cannot be applied: rule 4 stands.
    let unlinked = derive(
        &child,
        &NO_PARENTS,
        &countries,
        DerivationOptions {
            federal_exclusion: true,
        },
    );
    assert_eq!(unlinked.category, Category::BornAbroad);
    // With a parent who has a background, the child keeps rule 4.
    let parents = [
        parent(&PersonFeatures {
            nationality_1: TR,
            ..german_by_birth(40)
        }),
        ParentLink::NotLinked,
    ];
    let with_background = derive(
        &child,
        &parents,
        &countries,
        DerivationOptions {
            federal_exclusion: true,
        },
    );
    assert_eq!(with_background.category, Category::BornAbroad);
}

#[test]
fn unknown_acquisition_is_no_evidence_of_background() {
    let person = PersonFeatures {
        acquisition: Acquisition::Unknown,
        ..german_by_birth(33)
    };
    assert_eq!(
        run(&person, &NO_PARENTS).category,
        Category::NoMigrationBackground
    );
}

#[test]
fn second_nationality_german_is_not_dual() {
    let person = PersonFeatures {
        nationality_2: Some(DE),
        ..german_by_birth(33)
    };
    assert_eq!(
        run(&person, &NO_PARENTS).category,
        Category::NoMigrationBackground
    );
}
