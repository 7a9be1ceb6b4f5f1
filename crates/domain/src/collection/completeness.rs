//! Completeness: which expected forms came in on time, late or not at all, and the reporting
//! rate. Days are calendar days; `today` comes from the caller's clock.

use jiff::civil::Date;

/// Where one expected form stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Timeliness {
    /// Completed on or before the due day.
    OnTime,
    /// Completed after the due day.
    Late,
    /// Not completed, and the due day has passed.
    Missing,
    /// Not completed, still before or on the due day.
    Open,
}

impl Timeliness {
    pub fn as_str(self) -> &'static str {
        match self {
            Timeliness::OnTime => "on-time",
            Timeliness::Late => "late",
            Timeliness::Missing => "missing",
            Timeliness::Open => "open",
        }
    }

    /// Where a form stands that was completed on `completed` (if at all), due on `due`.
    pub fn of(completed: Option<Date>, due: Date, today: Date) -> Self {
        match completed {
            Some(day) if day <= due => Timeliness::OnTime,
            Some(_) => Timeliness::Late,
            None if today > due => Timeliness::Missing,
            None => Timeliness::Open,
        }
    }

    pub fn reported(self) -> bool {
        matches!(self, Timeliness::OnTime | Timeliness::Late)
    }
}

/// The counts of one data set and period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Completeness {
    pub expected: usize,
    pub on_time: usize,
    pub late: usize,
    pub missing: usize,
    pub open: usize,
}

impl Completeness {
    pub fn count(forms: impl IntoIterator<Item = Timeliness>) -> Self {
        let mut counts = Completeness::default();
        for form in forms {
            counts.expected += 1;
            match form {
                Timeliness::OnTime => counts.on_time += 1,
                Timeliness::Late => counts.late += 1,
                Timeliness::Missing => counts.missing += 1,
                Timeliness::Open => counts.open += 1,
            }
        }
        counts
    }

    pub fn reported(&self) -> usize {
        self.on_time + self.late
    }

    /// Reported ÷ expected, in percent (none when nothing is expected).
    pub fn reporting_rate(&self) -> Option<f64> {
        (self.expected > 0).then(|| self.reported() as f64 * 100.0 / self.expected as f64)
    }

    /// On time ÷ expected, in percent.
    pub fn timely_rate(&self) -> Option<f64> {
        (self.expected > 0).then(|| self.on_time as f64 * 100.0 / self.expected as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_form_is_on_time_up_to_its_due_day_and_missing_after_it() {
        let due = date(2025, 4, 30);
        assert_eq!(
            Timeliness::of(Some(date(2025, 4, 30)), due, date(2025, 6, 1)),
            Timeliness::OnTime
        );
        assert_eq!(
            Timeliness::of(Some(date(2025, 5, 1)), due, date(2025, 6, 1)),
            Timeliness::Late
        );
        assert_eq!(
            Timeliness::of(None, due, date(2025, 4, 30)),
            Timeliness::Open
        );
        assert_eq!(
            Timeliness::of(None, due, date(2025, 5, 1)),
            Timeliness::Missing
        );
    }

    #[test]
    fn the_reporting_rate_counts_late_forms_the_timely_rate_does_not() {
        // 5 expected: 2 on time, 1 late, 1 missing, 1 open → 3 of 5 = 60 %, 2 of 5 = 40 %.
        let counts = Completeness::count([
            Timeliness::OnTime,
            Timeliness::Late,
            Timeliness::Missing,
            Timeliness::OnTime,
            Timeliness::Open,
        ]);
        assert_eq!(
            counts,
            Completeness {
                expected: 5,
                on_time: 2,
                late: 1,
                missing: 1,
                open: 1
            }
        );
        assert_eq!(counts.reported(), 3);
        assert_eq!(counts.reporting_rate(), Some(60.0));
        assert_eq!(counts.timely_rate(), Some(40.0));
        assert_eq!(Completeness::count([]).reporting_rate(), None);
    }
}
