//! What is wrong with one field of a form's input, for the modules whose rules name fields by a
//! fixed name and say what is wrong in English (the adapters translate by field).

/// A field of the input and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: &'static str,
    pub message: String,
}

impl FieldProblem {
    pub fn new(field: &'static str, message: impl Into<String>) -> Self {
        FieldProblem {
            field,
            message: message.into(),
        }
    }
}
