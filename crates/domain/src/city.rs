//! City settings: districts, target groups of measures, the refugee programme's name.
//! One file per city (`data/city/<slug>.toml`), read like the concept file.

use serde::{Deserialize, Serialize};

use crate::position::Position;
use crate::text::Text;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CitySettings {
    pub city: String,
    pub refugee_programme: Text,
    pub districts: Vec<District>,
    pub target_groups: Vec<TargetGroup>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct District {
    pub code: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetGroup {
    pub id: String,
    pub label: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SettingsFile {
    format: toml::Spanned<i64>,
    city: String,
    refugee_programme: Text,
    districts: Vec<toml::Spanned<District>>,
    target_groups: Vec<toml::Spanned<TargetGroup>>,
}

/// A problem in a settings file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{position}: {message}")]
pub struct SettingsProblem {
    pub position: Position,
    pub message: String,
}

impl CitySettings {
    pub fn parse(source: &str) -> Result<Self, SettingsProblem> {
        let at = |offset: usize, message: String| SettingsProblem {
            position: Position::of_offset(source, offset),
            message,
        };
        let file: SettingsFile =
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
        let mut codes = std::collections::HashSet::new();
        for district in &file.districts {
            if district.get_ref().code.trim().is_empty()
                || !codes.insert(district.get_ref().code.clone())
            {
                return Err(at(
                    district.span().start,
                    format!(
                        "district code `{}` is empty or used twice",
                        district.get_ref().code
                    ),
                ));
            }
        }
        let mut ids = std::collections::HashSet::new();
        for group in &file.target_groups {
            if !crate::concept::is_slug(&group.get_ref().id)
                || !ids.insert(group.get_ref().id.clone())
            {
                return Err(at(
                    group.span().start,
                    format!(
                        "target group id `{}` is not a valid id or used twice",
                        group.get_ref().id
                    ),
                ));
            }
        }
        Ok(CitySettings {
            city: file.city,
            refugee_programme: file.refugee_programme,
            districts: file
                .districts
                .into_iter()
                .map(toml::Spanned::into_inner)
                .collect(),
            target_groups: file
                .target_groups
                .into_iter()
                .map(toml::Spanned::into_inner)
                .collect(),
        })
    }

    pub fn district(&self, code: &str) -> Option<&District> {
        self.districts.iter().find(|district| district.code == code)
    }

    pub fn target_group(&self, id: &str) -> Option<&TargetGroup> {
        self.target_groups.iter().find(|group| group.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_bielefeld() {
        let source = include_str!("../../../data/city/bielefeld.toml");
        let settings = CitySettings::parse(source).expect("valid");
        assert_eq!(settings.districts.len(), 10);
        assert_eq!(
            settings.district("07").map(|d| d.name.as_str()),
            Some("Heepen")
        );
        assert!(settings.target_group("refugees").is_some());
    }

    #[test]
    fn names_the_line_of_a_problem() {
        let source = "format = 1\ncity = \"x\"\nrefugee_programme = { de = \"P\" }\ndistricts = []\ntarget_groups = []\nmayor = 1\n";
        let problem = CitySettings::parse(source).expect_err("unknown key");
        assert_eq!(problem.position.line, 6, "{problem}");
    }
}
