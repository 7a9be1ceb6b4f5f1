//! The institution registry: day-care centres, schools, authorities, clinics, care services,
//! youth clubs, associations… Language mediation (institutions request mediators), data
//! collection (institutions report figures) and the offers directory (providers publish offers)
//! all name an institution by its code. One file per city, `data/institutions/<city>.toml`,
//! checked like the city settings (file, line, column).

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::position::Position;

/// What kind of institution this is; data sets and pools address institutions by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InstitutionKind {
    /// Kita, Familienzentrum.
    DayCare,
    School,
    /// Municipal or state office (Jobcenter, Ausländerbehörde, Jugendamt…).
    Authority,
    /// Hospital, medical practice, public health service.
    Clinic,
    /// Counselling service (migration counselling, family counselling, women's shelter…).
    Counselling,
    /// Outpatient care service.
    CareService,
    /// Care home.
    CareHome,
    /// Open child and youth work (Jugendzentrum, Jugendtreff).
    YouthClub,
    /// Volkshochschule and other adult education.
    AdultEducation,
    /// Association, club, migrant organisation, religious community.
    Association,
    /// A carrier (Träger) that runs other institutions.
    Carrier,
    Other,
}

impl InstitutionKind {
    pub const ALL: [InstitutionKind; 12] = [
        InstitutionKind::DayCare,
        InstitutionKind::School,
        InstitutionKind::Authority,
        InstitutionKind::Clinic,
        InstitutionKind::Counselling,
        InstitutionKind::CareService,
        InstitutionKind::CareHome,
        InstitutionKind::YouthClub,
        InstitutionKind::AdultEducation,
        InstitutionKind::Association,
        InstitutionKind::Carrier,
        InstitutionKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            InstitutionKind::DayCare => "day-care",
            InstitutionKind::School => "school",
            InstitutionKind::Authority => "authority",
            InstitutionKind::Clinic => "clinic",
            InstitutionKind::Counselling => "counselling",
            InstitutionKind::CareService => "care-service",
            InstitutionKind::CareHome => "care-home",
            InstitutionKind::YouthClub => "youth-club",
            InstitutionKind::AdultEducation => "adult-education",
            InstitutionKind::Association => "association",
            InstitutionKind::Carrier => "carrier",
            InstitutionKind::Other => "other",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == value)
    }
}

/// One institution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Institution {
    /// Stable identifier, lower case letters, digits and hyphens (`kita-sonnenblume`). Also the
    /// organisation unit code in DHIS2 files.
    pub code: String,
    pub name: String,
    pub kind: InstitutionKind,
    /// The city district's code (`data/city/<city>.toml`); none for city-wide institutions.
    pub district: Option<String>,
    /// The carrier or parent institution's code.
    pub parent: Option<String>,
}

/// A city's institutions, in file order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Registry {
    pub city: String,
    pub institutions: Vec<Institution>,
}

impl Registry {
    pub fn get(&self, code: &str) -> Option<&Institution> {
        self.institutions
            .iter()
            .find(|institution| institution.code == code)
    }
}

/// A problem in a registry file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{position}: {message}")]
pub struct RegistryProblem {
    pub position: Position,
    pub message: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistryFile {
    format: toml::Spanned<i64>,
    city: String,
    #[serde(default)]
    institutions: Vec<toml::Spanned<InstitutionEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InstitutionEntry {
    code: String,
    name: String,
    kind: toml::Spanned<String>,
    district: Option<toml::Spanned<String>>,
    parent: Option<toml::Spanned<String>>,
}

/// Whether `code` may name an institution: 1–64 characters of `a-z`, `0-9` and inner hyphens.
pub fn is_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 64
        && !code.starts_with('-')
        && !code.ends_with('-')
        && code
            .bytes()
            .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-')
}

/// The city a registry file names, read before the districts it is checked against are known.
pub fn city_of(source: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct CityOnly {
        city: String,
    }
    toml::from_str::<CityOnly>(source)
        .ok()
        .map(|file| file.city)
}

impl Registry {
    /// Reads a registry file. `districts` are the city's district codes: an institution's
    /// district must be one of them. Returns the first problem with its position.
    pub fn parse(source: &str, districts: &[&str]) -> Result<Self, RegistryProblem> {
        let at = |offset: usize, message: String| RegistryProblem {
            position: Position::of_offset(source, offset),
            message,
        };
        let file: RegistryFile =
            crate::position::read_toml(source).map_err(|(offset, message)| at(offset, message))?;
        if *file.format.get_ref() != 1 {
            return Err(at(
                file.format.span().start,
                "unsupported format; this version of teilhabe reads format 1".into(),
            ));
        }
        if !crate::concept::is_slug(&file.city) {
            return Err(at(0, format!("`{}` is not a city slug", file.city)));
        }
        let mut seen = HashSet::new();
        let mut institutions = Vec::with_capacity(file.institutions.len());
        for entry in &file.institutions {
            let start = entry.span().start;
            let entry = entry.get_ref();
            if !is_code(&entry.code) {
                return Err(at(
                    start,
                    format!(
                        "`{}` is not an institution code (expected lower-case letters, digits and hyphens)",
                        entry.code
                    ),
                ));
            }
            if !seen.insert(entry.code.as_str()) {
                return Err(at(
                    start,
                    format!("institution `{}` is listed twice", entry.code),
                ));
            }
            if entry.name.trim().is_empty() {
                return Err(at(
                    start,
                    format!("institution `{}` has no name", entry.code),
                ));
            }
            let kind = InstitutionKind::parse(entry.kind.get_ref()).ok_or_else(|| {
                at(
                    entry.kind.span().start,
                    format!(
                        "unknown kind `{}`; expected one of {}",
                        entry.kind.get_ref(),
                        InstitutionKind::ALL.map(InstitutionKind::as_str).join(", ")
                    ),
                )
            })?;
            if let Some(district) = &entry.district
                && !districts.contains(&district.get_ref().as_str())
            {
                return Err(at(
                    district.span().start,
                    format!(
                        "unknown district `{}`; the city's districts are {}",
                        district.get_ref(),
                        districts.join(", ")
                    ),
                ));
            }
            institutions.push(Institution {
                code: entry.code.clone(),
                name: entry.name.trim().to_owned(),
                kind,
                district: entry.district.as_ref().map(|d| d.get_ref().clone()),
                parent: entry.parent.as_ref().map(|p| p.get_ref().clone()),
            });
        }
        for (entry, institution) in file.institutions.iter().zip(&institutions) {
            if let Some(parent) = &entry.get_ref().parent
                && !seen.contains(parent.get_ref().as_str())
            {
                return Err(at(
                    parent.span().start,
                    format!("unknown parent institution `{}`", parent.get_ref()),
                ));
            }
            if let Some(cycle) = parent_cycle(&institutions, &institution.code) {
                return Err(at(
                    entry.span().start,
                    format!("parents run in a circle: {}", cycle.join(" → ")),
                ));
            }
        }
        Ok(Registry {
            city: file.city,
            institutions,
        })
    }
}

/// The chain of parents from `start` if it comes back to an institution already on it.
fn parent_cycle(institutions: &[Institution], start: &str) -> Option<Vec<String>> {
    let parents: HashMap<&str, &str> = institutions
        .iter()
        .filter_map(|i| i.parent.as_deref().map(|parent| (i.code.as_str(), parent)))
        .collect();
    let mut chain = vec![start.to_owned()];
    let mut current = start;
    while let Some(&parent) = parents.get(current) {
        let closes = chain.iter().any(|code| code == parent);
        chain.push(parent.to_owned());
        if closes {
            return Some(chain);
        }
        current = parent;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const DISTRICTS: [&str; 2] = ["01", "02"];

    fn parse(body: &str) -> Result<Registry, RegistryProblem> {
        Registry::parse(
            &format!("format = 1\ncity = \"bielefeld\"\n{body}"),
            &DISTRICTS,
        )
    }

    #[test]
    fn a_registry_reads_in_file_order_with_parents_and_districts() {
        let registry = parse(
            "[[institutions]]\ncode = \"traeger\"\nname = \"Träger\"\nkind = \"carrier\"\n\
             [[institutions]]\ncode = \"kita-a\"\nname = \" Kita A \"\nkind = \"day-care\"\ndistrict = \"02\"\nparent = \"traeger\"\n",
        )
        .unwrap();
        assert_eq!(registry.city, "bielefeld");
        assert_eq!(registry.institutions.len(), 2);
        let kita = registry.get("kita-a").unwrap();
        assert_eq!(kita.name, "Kita A");
        assert_eq!(kita.kind, InstitutionKind::DayCare);
        assert_eq!(kita.district.as_deref(), Some("02"));
        assert_eq!(kita.parent.as_deref(), Some("traeger"));
        assert_eq!(registry.get("traeger").unwrap().district, None);
        assert!(registry.get("nope").is_none());
    }

    #[test]
    fn each_mistake_names_its_line() {
        let cases = [
            (
                "[[institutions]]\ncode = \"Kita\"\nname = \"A\"\nkind = \"school\"\n",
                3,
                "not an institution code",
            ),
            (
                "[[institutions]]\ncode = \"a\"\nname = \"A\"\nkind = \"school\"\n[[institutions]]\ncode = \"a\"\nname = \"B\"\nkind = \"school\"\n",
                7,
                "listed twice",
            ),
            (
                "[[institutions]]\ncode = \"a\"\nname = \" \"\nkind = \"school\"\n",
                3,
                "has no name",
            ),
            (
                "[[institutions]]\ncode = \"a\"\nname = \"A\"\nkind = \"pub\"\n",
                6,
                "unknown kind `pub`",
            ),
            (
                "[[institutions]]\ncode = \"a\"\nname = \"A\"\nkind = \"school\"\ndistrict = \"99\"\n",
                7,
                "unknown district `99`",
            ),
            (
                "[[institutions]]\ncode = \"a\"\nname = \"A\"\nkind = \"school\"\nparent = \"b\"\n",
                7,
                "unknown parent institution `b`",
            ),
            (
                "[[institutions]]\ncode = \"a\"\nname = \"A\"\nkind = \"school\"\ncolour = \"red\"\n",
                7,
                "unknown field",
            ),
        ];
        for (body, line, message) in cases {
            let problem = parse(body).unwrap_err();
            assert_eq!(problem.position.line, line, "{body}: {problem}");
            assert!(problem.message.contains(message), "{body}: {problem}");
        }
    }

    #[test]
    fn parents_in_a_circle_are_refused() {
        let problem = parse(
            "[[institutions]]\ncode = \"a\"\nname = \"A\"\nkind = \"carrier\"\nparent = \"b\"\n\
             [[institutions]]\ncode = \"b\"\nname = \"B\"\nkind = \"carrier\"\nparent = \"a\"\n",
        )
        .unwrap_err();
        assert!(problem.message.contains("a → b → a"), "{problem}");
        assert_eq!(problem.position.line, 3);
        let own = parse(
            "[[institutions]]\ncode = \"a\"\nname = \"A\"\nkind = \"carrier\"\nparent = \"a\"\n",
        )
        .unwrap_err();
        assert!(own.message.contains("a → a"), "{own}");
    }

    #[test]
    fn the_format_and_city_are_checked() {
        let problem = Registry::parse("format = 2\ncity = \"x\"\n", &DISTRICTS).unwrap_err();
        assert_eq!(problem.position.line, 1);
        assert!(problem.message.contains("format 1"));
        assert!(Registry::parse("format = 1\ncity = \"Not A Slug\"\n", &DISTRICTS).is_err());
        assert!(
            Registry::parse("format = 1\ncity = \"x\"\n", &DISTRICTS)
                .unwrap()
                .institutions
                .is_empty()
        );
    }

    #[test]
    fn the_city_is_read_before_the_whole_file() {
        assert_eq!(
            city_of("format = 1\ncity = \"bielefeld\"\n[[institutions]]\nbroken = 1\n").as_deref(),
            Some("bielefeld")
        );
        assert_eq!(city_of("format = 1\n"), None);
    }

    #[test]
    fn codes_are_lower_case_with_inner_hyphens() {
        assert!(is_code("kita-1"));
        assert!(is_code("a"));
        for bad in ["", "-a", "a-", "A", "a b", "ä", &"x".repeat(65)] {
            assert!(!is_code(bad), "{bad:?}");
        }
        assert!(is_code(&"x".repeat(64)));
    }

    #[test]
    fn kinds_round_trip() {
        for kind in InstitutionKind::ALL {
            assert_eq!(InstitutionKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(InstitutionKind::parse("Day-Care"), None);
    }
}
