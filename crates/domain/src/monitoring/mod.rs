//! Integration monitoring: indicator definitions, figures with their status, and the rules that
//! judge them (on track to a target, direction of change, gaps between groups).
//!
//! Values are exact decimals ([`decimal::Decimal`]); a figure that is missing (suppressed, not
//! applicable, not yet available) has no value at all — never a zero.

pub mod decimal;
pub mod indicator;
pub mod judgement;
pub mod observation;
pub mod status;

pub use decimal::{Decimal, DecimalMark};
pub use indicator::{IndicatorDef, Polarity, PopulationConcept, Target, Unit, parse_indicator};
pub use observation::{Breakdown, Coordinates, Observation, TOTAL, series_of};
pub use status::{ConfStatus, ObsStatus};
