//! Form fields as view models, rendered by one set of KERN UX macros (`templates/frame/macros.html`,
//! `field`, `choices`, `error_summary`): every form labels, hints, marks and describes its fields
//! the same way, so an error is announced with its field and a hint is read with it.

/// What kind of control a field is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    Text,
    Password,
    Number,
    Date,
    /// A month (`YYYY-MM`; browsers without a month picker show a text box).
    Month,
    Email,
    File,
    TextArea,
    Select,
    Checkbox,
    Radio,
    Search,
}

impl Control {
    /// The `type` of an `<input>`; the macros render text areas, selects and checkboxes apart.
    pub fn as_str(self) -> &'static str {
        match self {
            Control::Text => "text",
            Control::Password => "password",
            Control::Number => "number",
            Control::Date => "date",
            Control::Month => "month",
            Control::Email => "email",
            Control::File => "file",
            Control::TextArea => "textarea",
            Control::Select => "select",
            Control::Checkbox => "checkbox",
            Control::Radio => "radio",
            Control::Search => "search",
        }
    }

    /// A box or a round button: the label stands beside it, not above.
    pub fn is_check(self) -> bool {
        matches!(self, Control::Checkbox | Control::Radio)
    }
}

/// One option of a select, or one box of a group of checkboxes.
#[derive(Debug, Clone)]
pub struct Choice {
    pub value: String,
    pub label: String,
    /// ` lang="de"` when the label is not in the page's language (an untranslated concept text).
    pub lang_attr: String,
    pub selected: bool,
}

impl Choice {
    pub fn new(value: impl Into<String>, label: impl Into<String>, selected: bool) -> Self {
        Choice {
            value: value.into(),
            label: label.into(),
            lang_attr: String::new(),
            selected,
        }
    }

    /// A choice whose label is a concept text that may fall back to German.
    pub fn localized(value: impl Into<String>, label: &super::Localized, selected: bool) -> Self {
        Choice {
            value: value.into(),
            label: label.text.clone(),
            lang_attr: label.lang_attr(),
            selected,
        }
    }
}

/// A labelled form field with its hint, its error and its value.
#[derive(Debug, Clone)]
pub struct Field {
    /// The element id (unique on the page); hints and errors are `<id>-hint` / `<id>-error`.
    pub id: String,
    /// The form name sent back.
    pub name: String,
    pub label: String,
    /// ` lang="de"` when the label is not in the page's language (an untranslated concept text).
    pub lang_attr: String,
    pub hint: Option<String>,
    pub error: Option<String>,
    pub control: Control,
    pub value: String,
    /// Options of a select.
    pub choices: Vec<Choice>,
    /// A checkbox is ticked.
    pub checked: bool,
    pub required: bool,
    /// `autocomplete`, `accept`, `inputmode`… as (name, value) pairs, escaped by the template.
    pub attributes: Vec<(&'static str, String)>,
    /// Rows of a text area.
    pub rows: u8,
}

impl Field {
    pub fn new(control: Control, name: &str, label: impl Into<String>) -> Self {
        Field {
            id: name.to_owned(),
            name: name.to_owned(),
            label: label.into(),
            lang_attr: String::new(),
            hint: None,
            error: None,
            control,
            value: String::new(),
            choices: Vec::new(),
            checked: false,
            required: false,
            attributes: Vec::new(),
            rows: 4,
        }
    }

    pub fn text(name: &str, label: impl Into<String>) -> Self {
        Field::new(Control::Text, name, label)
    }

    pub fn password(name: &str, label: impl Into<String>, autocomplete: &str) -> Self {
        Field::new(Control::Password, name, label).attribute("autocomplete", autocomplete)
    }

    pub fn text_area(name: &str, label: impl Into<String>, rows: u8) -> Self {
        Field {
            rows,
            ..Field::new(Control::TextArea, name, label)
        }
    }

    pub fn select(name: &str, label: impl Into<String>, choices: Vec<Choice>) -> Self {
        Field {
            choices,
            ..Field::new(Control::Select, name, label)
        }
    }

    pub fn checkbox(name: &str, label: impl Into<String>, checked: bool) -> Self {
        Field {
            checked,
            value: "yes".to_owned(),
            ..Field::new(Control::Checkbox, name, label)
        }
    }

    /// One round button of a choice of several (each with its own id and value).
    pub fn radio(name: &str, label: impl Into<String>, value: &str, checked: bool) -> Self {
        Field {
            checked,
            value: value.to_owned(),
            ..Field::new(Control::Radio, name, label)
        }
    }

    pub fn search(name: &str, label: impl Into<String>) -> Self {
        Field::new(Control::Search, name, label)
    }

    pub fn file(name: &str, label: impl Into<String>, accept: &str) -> Self {
        Field::new(Control::File, name, label).attribute("accept", accept)
    }

    /// A label that is a concept text, which may fall back to German.
    pub fn localized(control: Control, name: &str, label: &super::Localized) -> Self {
        Field {
            lang_attr: label.lang_attr(),
            ..Field::new(control, name, label.text.clone())
        }
    }

    /// Another element id, where one name appears several times on a page (one form per row).
    pub fn id(mut self, id: impl Into<String>) -> Self {
        self.id = id.into();
        self
    }

    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = value.into();
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into()).filter(|hint: &String| !hint.is_empty());
        self
    }

    pub fn error(mut self, error: Option<String>) -> Self {
        self.error = error;
        self
    }

    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }

    pub fn attribute(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.attributes.push((name, value.into()));
        self
    }

    /// The ids of the hint and the error, for `aria-describedby`; empty when there are none.
    pub fn described_by(&self) -> String {
        let mut ids = Vec::new();
        if self.hint.is_some() {
            ids.push(format!("{}-hint", self.id));
        }
        if self.error.is_some() {
            ids.push(format!("{}-error", self.id));
        }
        ids.join(" ")
    }
}

/// A failed field for the error summary at the top of a form: its message links to the field.
#[derive(Debug, Clone)]
pub struct FieldError {
    pub id: String,
    pub label: String,
    pub message: String,
}

impl FieldError {
    /// The errors of `fields`, in their order on the page.
    pub fn of(fields: &[&Field]) -> Vec<FieldError> {
        fields
            .iter()
            .filter_map(|field| {
                field.error.as_ref().map(|message| FieldError {
                    id: field.id.clone(),
                    label: field.label.clone(),
                    message: message.clone(),
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use askama::Template;

    use super::*;

    #[derive(Template)]
    #[template(
        source = r#"{% import "frame/macros.html" as m %}{% for f in fields %}{% call m::field(f) %}{% endcall %}{% endfor %}{% call m::error_summary(errors, "Bitte korrigieren") %}{% endcall %}"#,
        ext = "html"
    )]
    struct Fields {
        fields: Vec<Field>,
        errors: Vec<FieldError>,
    }

    fn render(fields: Vec<Field>) -> String {
        let errors = FieldError::of(&fields.iter().collect::<Vec<_>>());
        Fields { fields, errors }.render().unwrap()
    }

    #[test]
    fn a_field_with_hint_and_error_is_described_by_both_and_marked_invalid() {
        let html = render(vec![
            Field::text("title_de", "Titel (deutsch)")
                .value("Sprachcafé <neu>")
                .hint("Wie die Maßnahme heißt")
                .error(Some("Der Titel fehlt".into()))
                .required(),
        ]);
        assert!(
            html.contains(r#"<label class="kern-label" for="title_de">Titel (deutsch)</label>"#),
            "{html}"
        );
        assert!(html.contains(r#"id="title_de-hint""#), "{html}");
        assert!(html.contains(r#"id="title_de-error""#), "{html}");
        assert!(
            html.contains(r#"aria-describedby="title_de-hint title_de-error""#),
            "{html}"
        );
        assert!(html.contains(r#"aria-invalid="true""#), "{html}");
        assert!(html.contains("kern-form-input--error"), "{html}");
        assert!(html.contains(" required"), "{html}");
        assert!(
            html.contains("Sprachcafé &#60;neu&#62;") || html.contains("Sprachcafé &lt;neu&gt;"),
            "{html}"
        );
        assert!(
            html.contains(
                r##"<a class="kern-link" href="#title_de">Titel (deutsch): Der Titel fehlt</a>"##
            ),
            "{html}"
        );
    }

    #[test]
    fn a_valid_field_has_no_error_and_no_summary() {
        let html = render(vec![Field::text("contact", "Kontakt").value("a@b.de")]);
        assert!(!html.contains("aria-invalid"), "{html}");
        assert!(!html.contains("aria-describedby"), "{html}");
        assert!(!html.contains("kern-alert"), "{html}");
        assert!(html.contains(r#"type="text""#), "{html}");
    }

    #[test]
    fn selects_checkboxes_text_areas_and_files_render_their_own_controls() {
        let html = render(vec![
            Field::select(
                "role",
                "Rolle",
                vec![
                    Choice::new("viewer", "Lesend", false),
                    Choice::new("editor", "Bearbeitend", true),
                ],
            ),
            Field::checkbox("active", "Aktiv", true),
            Field::text_area("evidence", "Nachweise", 3).value("Bericht"),
            Field::file("datei", "Tabellendatei", ".csv,.xlsx").required(),
            Field::password("password", "Passwort", "new-password").id("password-7"),
        ]);
        assert!(
            html.contains(r#"<option value="editor" selected>Bearbeitend</option>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<option value="viewer">Lesend</option>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"type="checkbox" id="active" name="active" value="yes" checked"#),
            "{html}"
        );
        assert!(
            html.contains(r#"rows="3""#) && html.contains(">Bericht</textarea>"),
            "{html}"
        );
        assert!(
            html.contains(r#"type="file""#) && html.contains(r#"accept=".csv,.xlsx""#),
            "{html}"
        );
        assert!(
            html.contains(r#"id="password-7" name="password" type="password""#),
            "{html}"
        );
        assert!(html.contains(r#"autocomplete="new-password""#), "{html}");
    }

    #[test]
    fn radios_and_search_fields_render_through_the_same_macro() {
        let html = render(vec![
            Field::radio("districts_scope", "Alle Bezirke", "all", true).id("districts-all"),
            Field::radio("districts_scope", "Einzelne Bezirke", "some", false).id("districts-some"),
            Field::search("q", "Suchbegriff")
                .id("filter-q")
                .value("Sprache"),
        ]);
        assert!(
            html.contains(r#"<input class="kern-form-check__radio" type="radio" id="districts-all" name="districts_scope" value="all" checked>"#),
            "{html}"
        );
        assert!(
            html.contains(
                r#"type="radio" id="districts-some" name="districts_scope" value="some">"#
            ),
            "{html}"
        );
        assert!(
            html.contains(r#"id="filter-q" name="q" type="search" value="Sprache""#),
            "{html}"
        );
    }

    #[test]
    fn a_label_in_another_language_says_so() {
        let text = teilhabe_domain::text::Text::german("Sport");
        let label = crate::frame::Localized::new(&text, "en");
        let html = render(vec![
            Field::localized(Control::Checkbox, "districts", &label).id("district-01"),
        ]);
        assert!(
            html.contains(r#"<label class="kern-label" for="district-01" lang="de">Sport</label>"#),
            "{html}"
        );
    }
}
