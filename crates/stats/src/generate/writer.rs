//! Writes the simulated population as a register extract, year by year, to a temporary file that
//! is renamed into place only when complete.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use super::{GenerateOptions, GenerateSummary, NONE, PackedDate, Params, Simulation};
use crate::aggregate::Progress;
use crate::config::StatsConfig;
use crate::countries::CountryId;
use crate::error::StatsError;
use crate::register::COLUMNS;
use crate::status::{ADULT_AGE, Acquisition};

/// Which of the two accepted code systems the file uses for countries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeStyle {
    Iso2,
    Destatis,
}

const SEX_CODES: [&[u8]; 4] = [b"f", b"m", b"d", b"x"];

/// Generates the population and writes it to `path` (via `path` + ".partial").
pub fn generate_to_file(
    path: &Path,
    config: &StatsConfig,
    params: Params,
    options: GenerateOptions,
    progress: &dyn Progress,
) -> Result<GenerateSummary, StatsError> {
    if options.first_year > options.last_year || options.first_year < 1950 {
        return Err(StatsError::Argument(format!(
            "years {}-{}: the first year must not be after the last, and not before 1950",
            options.first_year, options.last_year
        )));
    }
    if !(options.scale > 0.0 && options.scale <= 1000.0) {
        return Err(StatsError::Argument(
            "--scale must be above 0 and at most 1000".into(),
        ));
    }
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    let partial = std::path::PathBuf::from(partial);
    let file = File::create(&partial).map_err(|error| StatsError::io(&partial, error))?;
    let mut out = BufWriter::with_capacity(1 << 20, file);
    let result = write_all(&mut out, config, params, options, progress)
        .and_then(|summary| {
            out.flush()?;
            Ok(summary)
        })
        .map_err(|error| StatsError::io(&partial, error));
    match result {
        Ok(summary) => {
            drop(out);
            std::fs::rename(&partial, path).map_err(|error| StatsError::io(path, error))?;
            Ok(summary)
        }
        Err(error) => {
            drop(out);
            let _ = std::fs::remove_file(&partial);
            Err(error)
        }
    }
}

fn write_all(
    out: &mut impl Write,
    config: &StatsConfig,
    params: Params,
    options: GenerateOptions,
    progress: &dyn Progress,
) -> std::io::Result<GenerateSummary> {
    let mut simulation = Simulation::new(config, params, &options);
    let codes = CountryCodes::new(config, options.codes);
    out.write_all(COLUMNS.join(";").as_bytes())?;
    out.write_all(b"\n")?;
    let mut summary = GenerateSummary::default();
    let mut line = Vec::with_capacity(256);
    let total_years = u64::from(options.last_year - options.first_year) + 1;
    for year in options.first_year..=options.last_year {
        if year == options.first_year {
            simulation.populate(year);
        } else {
            simulation.advance(year);
        }
        for household_index in 0..simulation.households.len() {
            let household = &simulation.households[household_index];
            if !household.present {
                continue;
            }
            let area = usize::from(household.area_leaf);
            for &member in &household.members {
                let person = &simulation.persons[member as usize];
                if !person.present {
                    continue;
                }
                line.clear();
                write_row(
                    &mut line,
                    &simulation,
                    &codes,
                    year,
                    household_index,
                    area,
                    member,
                    person,
                );
                out.write_all(&line)?;
                summary.rows += 1;
            }
        }
        summary.years += 1;
        progress.advance(u64::from(year - options.first_year) + 1, total_years);
    }
    summary.persons_ever = simulation.persons.len() as u64;
    Ok(summary)
}

struct CountryCodes(Vec<Vec<u8>>);

impl CountryCodes {
    fn new(config: &StatsConfig, style: CodeStyle) -> Self {
        Self(
            config
                .countries
                .list()
                .iter()
                .map(|country| match style {
                    CodeStyle::Iso2 => country.iso2.as_bytes().to_vec(),
                    CodeStyle::Destatis => country.destatis.as_bytes().to_vec(),
                })
                .collect(),
        )
    }

    fn code(&self, country: CountryId) -> &[u8] {
        if country == NONE {
            return b"";
        }
        self.0.get(usize::from(country)).map_or(b"", Vec::as_slice)
    }
}

#[allow(clippy::too_many_arguments)]
fn write_row(
    line: &mut Vec<u8>,
    simulation: &Simulation<'_>,
    codes: &CountryCodes,
    year: u16,
    household_index: usize,
    area: usize,
    member: u32,
    person: &super::Person,
) {
    let germany = simulation.config.countries.germany();
    push_number(line, u64::from(year));
    line.extend_from_slice(b"-12-31;");
    push_number(line, u64::from(member) + 1);
    line.push(b';');
    push_number(line, household_index as u64 + 1);
    line.push(b';');
    line.extend_from_slice(simulation.areas.district_code[area].as_bytes());
    line.push(b';');
    line.extend_from_slice(simulation.areas.quarter_code[area].as_bytes());
    line.push(b';');
    push_number(line, u64::from(person.birth_year));
    line.push(b';');
    push_two(line, person.birth_month);
    line.push(b';');
    line.extend_from_slice(SEX_CODES[usize::from(person.sex).min(3)]);
    line.push(b';');
    line.extend_from_slice(codes.code(person.nationality_1));
    line.push(b';');
    line.extend_from_slice(codes.code(person.nationality_2));
    line.push(b';');
    if person.nationality_1 == germany {
        line.extend_from_slice(person.acquisition.code().as_bytes());
    }
    line.push(b';');
    if person.acquisition != Acquisition::ByBirth {
        push_date(line, person.citizenship_date);
    }
    line.push(b';');
    line.extend_from_slice(codes.code(person.country_of_birth));
    line.push(b';');
    line.extend_from_slice(codes.code(person.immigration_country));
    line.push(b';');
    push_date(line, person.immigration_date);
    // Age at 31 December; the register keeps parent links only for minors.
    let minor = year.saturating_sub(person.birth_year) < u16::from(ADULT_AGE);
    for parent in person.parents {
        line.push(b';');
        let linked = parent != 0
            && minor
            && simulation
                .persons
                .get(parent as usize - 1)
                .is_some_and(|p| p.present);
        if linked {
            push_number(line, u64::from(parent));
        }
    }
    line.push(b'\n');
}

fn push_number(line: &mut Vec<u8>, mut value: u64) {
    let mut digits = [0u8; 20];
    let mut position = digits.len();
    loop {
        position -= 1;
        digits[position] = b'0' + (value % 10) as u8;
        value /= 10;
        if value == 0 {
            break;
        }
    }
    line.extend_from_slice(&digits[position..]);
}

fn push_two(line: &mut Vec<u8>, value: u8) {
    line.push(b'0' + value / 10);
    line.push(b'0' + value % 10);
}

fn push_date(line: &mut Vec<u8>, date: PackedDate) {
    if date == 0 {
        return;
    }
    push_number(line, u64::from(date / 10_000));
    line.push(b'-');
    push_two(line, ((date / 100) % 100) as u8);
    line.push(b'-');
    push_two(line, (date % 100) as u8);
}
