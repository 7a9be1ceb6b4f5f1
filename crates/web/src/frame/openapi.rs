//! The one OpenAPI document the API serves: a base document and each feature's fragment
//! (`Feature::openapi`), merged once. A feature describes its own routes beside its code, so
//! modules added side by side never edit the same JSON file.

use serde_json::{Map, Value};

/// Merges `fragments` into `base`: their `paths`, `components.schemas` and `tags`. A path or
/// schema that two parts both define is a mistake in the code, reported with its name.
pub fn merge(base: &str, fragments: &[(&str, &str)]) -> Result<String, String> {
    let mut document: Value =
        serde_json::from_str(base).map_err(|error| format!("the base document: {error}"))?;
    for (feature, fragment) in fragments {
        let fragment: Value = serde_json::from_str(fragment)
            .map_err(|error| format!("the OpenAPI fragment of {feature}: {error}"))?;
        for (section, pointer) in [("paths", "/paths"), ("schemas", "/components/schemas")] {
            let Some(additions) = fragment.pointer(pointer).and_then(Value::as_object) else {
                continue;
            };
            let target = object_at(&mut document, pointer)?;
            for (name, value) in additions {
                if target.insert(name.clone(), value.clone()).is_some() {
                    return Err(format!(
                        "{feature} defines {section} `{name}` a second time"
                    ));
                }
            }
        }
        if let Some(tags) = fragment.get("tags").and_then(Value::as_array) {
            let target = document
                .as_object_mut()
                .ok_or("the base document is no object")?
                .entry("tags")
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Some(target) = target.as_array_mut() {
                target.extend(tags.iter().cloned());
            }
        }
    }
    serde_json::to_string_pretty(&document).map_err(|error| error.to_string())
}

fn object_at<'d>(
    document: &'d mut Value,
    pointer: &str,
) -> Result<&'d mut Map<String, Value>, String> {
    let mut current = document;
    for part in pointer.split('/').skip(1) {
        current = current
            .as_object_mut()
            .ok_or_else(|| format!("`{pointer}` is no object in the base document"))?
            .entry(part)
            .or_insert_with(|| Value::Object(Map::new()));
    }
    current
        .as_object_mut()
        .ok_or_else(|| format!("`{pointer}` is no object in the base document"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = r#"{"openapi":"3.1.0","paths":{"/a":{}},"components":{"schemas":{"A":{}}}}"#;

    #[test]
    fn fragments_add_paths_schemas_and_tags() {
        let merged = merge(
            BASE,
            &[(
                "mediation",
                r#"{"paths":{"/b":{"get":{}}},"components":{"schemas":{"B":{"type":"object"}}},"tags":[{"name":"mediation"}]}"#,
            )],
        )
        .unwrap();
        let merged: Value = serde_json::from_str(&merged).unwrap();
        assert!(merged.pointer("/paths/~1a").is_some());
        assert!(merged.pointer("/paths/~1b/get").is_some());
        assert_eq!(
            merged.pointer("/components/schemas/B/type"),
            Some(&Value::from("object"))
        );
        assert_eq!(
            merged.pointer("/tags/0/name"),
            Some(&Value::from("mediation"))
        );
        let without_components = merge(
            r#"{"paths":{}}"#,
            &[("x", r#"{"components":{"schemas":{"C":{}}}}"#)],
        )
        .unwrap();
        assert!(without_components.contains("\"C\""));
    }

    #[test]
    fn a_path_or_schema_defined_twice_is_named() {
        let error = merge(BASE, &[("offers", r#"{"paths":{"/a":{}}}"#)]).unwrap_err();
        assert_eq!(error, "offers defines paths `/a` a second time");
        let error = merge(
            BASE,
            &[("offers", r#"{"components":{"schemas":{"A":{}}}}"#)],
        )
        .unwrap_err();
        assert_eq!(error, "offers defines schemas `A` a second time");
        assert!(
            merge(BASE, &[("x", "{")])
                .unwrap_err()
                .contains("fragment of x")
        );
    }
}
