//! The synthetic population: a Bielefeld-like city whose residents persist across reference years
//! through births, deaths, moves, naturalisations and migration. Deterministic for a seed; the file
//! is streamed year by year in the documented register layout.

mod params;
mod random;
pub mod writer;

pub use params::Params;
pub use writer::{CodeStyle, generate_to_file};

use params::{MIGRANT_KINDS, OriginKind};
use random::{Random, Weighted};

use crate::config::{SEX_DIVERSE, SEX_FEMALE, SEX_MALE, SEX_NOT_STATED, StatsConfig};
use crate::countries::CountryId;
use crate::dimensions::DimensionId;
use crate::status::{ADULT_AGE, Acquisition};

#[derive(Debug, Clone, Copy)]
pub struct GenerateOptions {
    pub first_year: u16,
    pub last_year: u16,
    /// Multiplies the residents per reference year.
    pub scale: f64,
    pub seed: u64,
    pub codes: CodeStyle,
}

pub(crate) const NONE: u16 = u16::MAX;

/// A date packed as yyyymmdd; 0 = none.
pub(crate) type PackedDate = u32;

fn date(year: u16, month: u8, day: u8) -> PackedDate {
    u32::from(year) * 10_000 + u32::from(month) * 100 + u32::from(day)
}

fn date_year(date: PackedDate) -> u16 {
    (date / 10_000) as u16
}

#[derive(Debug, Clone)]
pub(crate) struct Person {
    pub household: u32,
    pub birth_year: u16,
    pub birth_month: u8,
    pub sex: u16,
    pub nationality_1: CountryId,
    pub nationality_2: CountryId,
    pub acquisition: Acquisition,
    pub citizenship_date: PackedDate,
    pub country_of_birth: CountryId,
    pub immigration_country: CountryId,
    pub immigration_date: PackedDate,
    /// Person index + 1 of the parents; 0 = none.
    pub parents: [u32; 2],
    pub present: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct Household {
    pub area_leaf: u16,
    pub kind: OriginKind,
    pub members: Vec<u32>,
    pub present: bool,
}

/// Where each area leaf is, how likely it is chosen and its share with migration background.
pub(crate) struct Areas {
    pub district_code: Vec<String>,
    pub quarter_code: Vec<String>,
    weights: Weighted,
    /// Where households with / without migration background move to: population times the
    /// area's share of that group, so moving keeps the districts' differences (segregation).
    migrant_weights: Weighted,
    native_weights: Weighted,
    pub migrant_share: Vec<f64>,
}

impl Areas {
    fn new(config: &StatsConfig) -> Self {
        let dimension = config.dimension(DimensionId::Area);
        let mut district_code = Vec::new();
        let mut quarter_code = Vec::new();
        let mut weights = Vec::new();
        let mut migrant_share = Vec::new();
        for &leaf in &dimension.leaves {
            let code = dimension.code(leaf).to_string();
            let district = config.areas.districts.iter().find(|district| {
                district.code == code || district.quarters.iter().any(|q| q.code == code)
            });
            let Some(district) = district else { continue };
            let quarter = district
                .quarters
                .iter()
                .find(|quarter| quarter.code == code);
            let total_weight: f64 = district.quarters.iter().map(|quarter| quarter.weight).sum();
            let (weight, factor) = match quarter {
                Some(quarter) => (
                    quarter.weight / total_weight.max(f64::MIN_POSITIVE),
                    quarter.mh_factor,
                ),
                None => (1.0, 1.0),
            };
            district_code.push(district.code.clone());
            quarter_code.push(quarter.map(|q| q.code.clone()).unwrap_or_default());
            weights.push(f64::from(district.population) * weight);
            migrant_share.push((district.mh_share * factor).clamp(0.0, 0.95));
        }
        Self {
            district_code,
            quarter_code,
            migrant_weights: Weighted::new(weights.iter().zip(&migrant_share).map(|(w, s)| w * s)),
            native_weights: Weighted::new(
                weights
                    .iter()
                    .zip(&migrant_share)
                    .map(|(w, s)| w * (1.0 - s)),
            ),
            weights: Weighted::new(weights),
            migrant_share,
        }
    }
}

/// Adult age bands (5 years from 18) with weights, for natives and for migrants (younger).
const ADULT_BANDS: [(u16, f64); 15] = [
    (18, 5.2),
    (23, 6.8),
    (28, 7.0),
    (33, 6.6),
    (38, 6.1),
    (43, 5.8),
    (48, 6.6),
    (53, 7.4),
    (58, 7.0),
    (63, 6.0),
    (68, 4.9),
    (73, 4.4),
    (78, 3.9),
    (83, 2.6),
    (88, 1.4),
];

pub(crate) struct Simulation<'a> {
    pub config: &'a StatsConfig,
    params: Params,
    pub areas: Areas,
    random: Random,
    pub persons: Vec<Person>,
    pub households: Vec<Household>,
    kinds: Weighted,
    foreign: Weighted,
    late: Weighted,
    returned: Weighted,
    native_ages: Weighted,
    migrant_ages: Weighted,
    germany: CountryId,
    first_year: u16,
    scale: f64,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Composition {
    Single,
    Couple,
    Family,
    SingleParent,
    Shared,
}

impl<'a> Simulation<'a> {
    pub fn new(config: &'a StatsConfig, params: Params, options: &GenerateOptions) -> Self {
        let weighted = |list: &[(CountryId, f64)]| Weighted::new(list.iter().map(|(_, w)| *w));
        Self {
            config,
            areas: Areas::new(config),
            random: Random::seeded(options.seed),
            persons: Vec::new(),
            households: Vec::new(),
            kinds: Weighted::new(params.kind_weights.iter().copied()),
            foreign: weighted(&params.foreign),
            late: weighted(&params.late_repatriate),
            returned: weighted(&params.returned),
            native_ages: Weighted::new(ADULT_BANDS.iter().map(|(_, w)| *w)),
            migrant_ages: Weighted::new(
                ADULT_BANDS
                    .iter()
                    .map(|&(age, w)| if age >= 58 { w * 0.45 } else { w }),
            ),
            germany: config.countries.germany(),
            first_year: options.first_year,
            scale: options.scale,
            params,
        }
    }

    fn target_residents(&self, year: u16) -> usize {
        let years = f64::from(year.saturating_sub(self.first_year));
        (f64::from(self.params.residents)
            * self.scale
            * (1.0 + self.params.growth_per_year).powf(years))
        .round() as usize
    }

    pub fn present_count(&self) -> usize {
        self.persons.iter().filter(|person| person.present).count()
    }

    /// The population at the end of the first year.
    pub fn populate(&mut self, year: u16) {
        let target = self.target_residents(year);
        let mut count = 0;
        while count < target {
            count += self.add_household(year, false);
        }
    }

    /// Births, deaths, moves, naturalisations and migration during `year`.
    pub fn advance(&mut self, year: u16) {
        let rates = self.params.rates;
        for index in 0..self.households.len() {
            if !self.households[index].present {
                continue;
            }
            let foreign = self.households[index].kind == OriginKind::Foreign;
            let leave = if foreign {
                rates.emigration_foreign
            } else {
                rates.emigration_native
            };
            if self.random.chance(leave) {
                self.households[index].present = false;
                for member in self.households[index].members.clone() {
                    self.persons[member as usize].present = false;
                }
                continue;
            }
            if self.random.chance(rates.move_within_city) {
                let targets = if self.households[index].kind == OriginKind::Native {
                    &self.areas.native_weights
                } else {
                    &self.areas.migrant_weights
                };
                self.households[index].area_leaf = targets.draw(&mut self.random) as u16;
            }
        }
        for index in 0..self.persons.len() {
            let person = &self.persons[index];
            if !person.present {
                continue;
            }
            let age = f64::from(year.saturating_sub(person.birth_year));
            let death = (-10.2 + 0.094 * age).exp().min(0.6);
            if self.random.chance(death) {
                self.persons[index].present = false;
                continue;
            }
            self.maybe_naturalise(index, year);
        }
        for index in 0..self.households.len() {
            if self.households[index].present {
                self.maybe_birth(index, year);
            }
        }
        let target = self.target_residents(year);
        let mut count = self.present_count();
        while count < target {
            count += self.add_household(year, true);
        }
    }

    fn maybe_naturalise(&mut self, index: usize, year: u16) {
        let rates = self.params.rates;
        let person = &self.persons[index];
        let age = year.saturating_sub(person.birth_year);
        if person.nationality_1 == self.germany
            || age < u16::from(ADULT_AGE)
            || !self.config.countries.is_foreign_state(person.nationality_1)
        {
            return;
        }
        let arrived = if person.immigration_date == 0 {
            person.birth_year
        } else {
            date_year(person.immigration_date)
        };
        if year.saturating_sub(arrived) < 8 || !self.random.chance(rates.naturalisation) {
            return;
        }
        let when = date(
            year,
            self.random.between(1, 12) as u8,
            self.random.between(1, 28) as u8,
        );
        let household = self.persons[index].household as usize;
        let mut naturalised = vec![index as u32];
        for &member in &self.households[household].members {
            let other = &self.persons[member as usize];
            if other.present
                && member as usize != index
                && year.saturating_sub(other.birth_year) < u16::from(ADULT_AGE)
                && other.nationality_1 == self.persons[index].nationality_1
            {
                naturalised.push(member);
            }
        }
        for member in naturalised {
            let keeps = self.random.chance(rates.keeps_second_nationality);
            let lost = self.random.chance(rates.acquisition_lost);
            let person = &mut self.persons[member as usize];
            person.nationality_2 = if keeps { person.nationality_1 } else { NONE };
            person.nationality_1 = self.germany;
            person.acquisition = if lost {
                Acquisition::Unknown
            } else {
                Acquisition::Naturalisation
            };
            person.citizenship_date = when;
        }
    }

    fn maybe_birth(&mut self, household: usize, year: u16) {
        let members = self.households[household].members.clone();
        let adults: Vec<u32> = members
            .iter()
            .copied()
            .filter(|&m| {
                let p = &self.persons[m as usize];
                p.present && year.saturating_sub(p.birth_year) >= u16::from(ADULT_AGE)
            })
            .collect();
        let Some(&mother) = adults.iter().find(|&&m| {
            let p = &self.persons[m as usize];
            let age = year.saturating_sub(p.birth_year);
            p.sex == SEX_FEMALE && (18..=44).contains(&age)
        }) else {
            return;
        };
        // Families with migration background have somewhat more children.
        let factor = if self.households[household].kind == OriginKind::Native {
            1.0
        } else {
            1.3
        };
        if !self.random.chance(self.params.rates.birth * factor) {
            return;
        }
        let partner = adults.iter().copied().find(|&m| m != mother);
        let month = self.random.between(1, 12) as u8;
        let child = self.child_born_here(household, year, month, mother, partner);
        self.push_person(household, child);
    }

    /// Nationality of a child born in Germany, from the parents' current status.
    fn child_born_here(
        &mut self,
        household: usize,
        year: u16,
        month: u8,
        mother: u32,
        partner: Option<u32>,
    ) -> Person {
        let rates = self.params.rates;
        let parents: Vec<&Person> = std::iter::once(mother)
            .chain(partner)
            .map(|p| &self.persons[p as usize])
            .collect();
        let german_parent = parents.iter().any(|p| p.nationality_1 == self.germany);
        let foreign_nationality = parents
            .iter()
            .map(|p| p.nationality_1)
            .find(|&n| n != self.germany);
        let mut person = self.blank(year, month);
        person.parents = [mother + 1, partner.map_or(0, |p| p + 1)];
        match (german_parent, foreign_nationality) {
            (true, Some(foreign)) => {
                if self.config.countries.is_foreign_state(foreign)
                    && self.random.chance(rates.mixed_dual)
                {
                    person.nationality_2 = foreign;
                }
            }
            (true, None) => {}
            (false, Some(foreign)) => {
                if year >= 2000 && self.random.chance(rates.option_rule) {
                    person.acquisition = Acquisition::OptionRule;
                    person.citizenship_date = date(year, month, 1);
                    if self.config.countries.is_foreign_state(foreign) {
                        person.nationality_2 = foreign;
                    }
                } else {
                    person.nationality_1 = foreign;
                }
            }
            (false, None) => {}
        }
        let _ = household;
        person
    }

    fn blank(&mut self, birth_year: u16, birth_month: u8) -> Person {
        let roll = self.random.unit();
        let sex = if roll < 0.0003 {
            SEX_DIVERSE
        } else if roll < 0.0015 {
            SEX_NOT_STATED
        } else if roll < 0.5085 {
            SEX_FEMALE
        } else {
            SEX_MALE
        };
        Person {
            household: 0,
            birth_year,
            birth_month,
            sex,
            nationality_1: self.germany,
            nationality_2: NONE,
            acquisition: Acquisition::ByBirth,
            citizenship_date: 0,
            country_of_birth: self.germany,
            immigration_country: NONE,
            immigration_date: 0,
            parents: [0, 0],
            present: true,
        }
    }

    fn push_person(&mut self, household: usize, mut person: Person) -> u32 {
        let index = self.persons.len() as u32;
        person.household = household as u32;
        self.persons.push(person);
        self.households[household].members.push(index);
        index
    }

    fn adult_age(&mut self, migrant: bool) -> u16 {
        let bands = if migrant {
            &self.migrant_ages
        } else {
            &self.native_ages
        };
        let band = bands.draw(&mut self.random);
        ADULT_BANDS[band].0 + self.random.below(5) as u16
    }

    fn draw_country(&mut self, kind: OriginKind, year: u16, arriving: bool) -> CountryId {
        match kind {
            OriginKind::Native => self.germany,
            OriginKind::LateRepatriate => {
                let index = self.late.draw(&mut self.random);
                self.params.late_repatriate[index].0
            }
            OriginKind::ReturnedGermans => {
                let index = self.returned.draw(&mut self.random);
                self.params.returned[index].0
            }
            OriginKind::Foreign | OriginKind::Naturalised | OriginKind::Mixed => {
                if arriving {
                    let wave: Vec<(CountryId, f64)> = self
                        .params
                        .waves
                        .iter()
                        .filter(|(years, _)| years.contains(&year))
                        .flat_map(|(_, countries)| countries.iter().copied())
                        .collect();
                    if !wave.is_empty() && self.random.chance(0.5) {
                        let weights = Weighted::new(wave.iter().map(|(_, w)| *w));
                        return wave[weights.draw(&mut self.random)].0;
                    }
                }
                let index = self.foreign.draw(&mut self.random);
                self.params.foreign[index].0
            }
        }
    }

    /// Adds one household; returns the number of persons added.
    fn add_household(&mut self, year: u16, arriving: bool) -> usize {
        let leaf = self.areas.weights.draw(&mut self.random) as u16;
        // Households, not persons, are drawn: the factor brings the persons' share close to the
        // area's configured share. Newcomers are more often migrants than residents are.
        let share = self.areas.migrant_share[usize::from(leaf)];
        let migrant_chance = if arriving {
            (share * 1.6).min(0.95)
        } else {
            share * 0.95
        };
        let migrant = self.random.chance(migrant_chance);
        let kind = if !migrant {
            OriginKind::Native
        } else if arriving && self.random.chance(0.6) {
            OriginKind::Foreign
        } else {
            MIGRANT_KINDS[self.kinds.draw(&mut self.random)]
        };
        // Only foreign nationals arrive from abroad in the current year; other newcomers moved
        // from elsewhere in Germany and bring their earlier history.
        let from_abroad = arriving && kind == OriginKind::Foreign && self.random.chance(0.8);
        let country = self.draw_country(kind, year, from_abroad);
        let composition = {
            let weights: [f64; 5] = if migrant {
                [0.28, 0.20, 0.40, 0.09, 0.03]
            } else {
                [0.40, 0.31, 0.19, 0.06, 0.04]
            };
            match Weighted::new(weights).draw(&mut self.random) {
                0 => Composition::Single,
                1 => Composition::Couple,
                2 => Composition::Family,
                3 => Composition::SingleParent,
                _ => Composition::Shared,
            }
        };
        let household = self.households.len();
        self.households.push(Household {
            area_leaf: leaf,
            kind,
            members: Vec::new(),
            present: true,
        });
        let with_children = matches!(composition, Composition::Family | Composition::SingleParent);
        let adult_count = match composition {
            Composition::Single | Composition::SingleParent => 1,
            Composition::Couple | Composition::Family => 2,
            Composition::Shared => 3,
        };
        let first_age = if with_children {
            24 + self.random.below(22) as u16
        } else {
            self.adult_age(migrant)
        };
        let oldest_birth = year - first_age;
        // When the household came to Germany (migrant kinds) or back (returned Germans).
        let arrival_year = if from_abroad {
            year
        } else {
            let earliest = (oldest_birth + 16).max(1961);
            let earliest = if kind == OriginKind::LateRepatriate {
                earliest.max(1988)
            } else {
                earliest
            };
            let latest = if kind == OriginKind::LateRepatriate {
                year.min(2006)
            } else {
                year
            };
            self.random
                .between(u32::from(earliest.min(latest)), u32::from(latest)) as u16
        };
        let arrival = date(
            arrival_year,
            self.random.between(1, 12) as u8,
            self.random.between(1, 28) as u8,
        );
        let mut adults = Vec::new();
        for position in 0..adult_count {
            let age = if position == 0 {
                first_age
            } else if with_children || composition == Composition::Couple {
                (first_age + self.random.below(7) as u16)
                    .saturating_sub(2)
                    .max(u16::from(ADULT_AGE))
            } else {
                self.adult_age(migrant)
            };
            let month = self.random.between(1, 12) as u8;
            let mut person = self.blank(year - age, month);
            if with_children || composition == Composition::Couple {
                person.sex = if position == 0 { SEX_FEMALE } else { SEX_MALE };
            }
            let adult_kind = match (kind, position) {
                (OriginKind::Mixed, 0) => OriginKind::Native,
                (OriginKind::Mixed, _) => OriginKind::Foreign,
                (kind, _) => kind,
            };
            self.shape_migrant(&mut person, adult_kind, country, arrival, year);
            let index = self.push_person(household, person);
            adults.push(index);
        }
        let mut added = adult_count;
        if with_children {
            let mother_age = first_age;
            let children = 1 + Weighted::new(if migrant {
                [0.35, 0.38, 0.27]
            } else {
                [0.45, 0.38, 0.17]
            })
            .draw(&mut self.random);
            for _ in 0..children {
                let max_age = (mother_age - 18).min(17);
                let age = self.random.below(u64::from(max_age) + 1) as u16;
                let birth_year = year - age;
                let month = self.random.between(1, 12) as u8;
                let born_before_arrival = kind != OriginKind::Native
                    && kind != OriginKind::Mixed
                    && date(birth_year, month, 28) < arrival;
                let child = if born_before_arrival {
                    let mut child = self.blank(birth_year, month);
                    child.parents = [adults[0] + 1, adults.get(1).map_or(0, |a| a + 1)];
                    self.shape_migrant(&mut child, kind, country, arrival, year);
                    child
                } else {
                    self.child_born_here(
                        household,
                        birth_year,
                        month,
                        adults[0],
                        adults.get(1).copied(),
                    )
                };
                self.push_person(household, child);
                added += 1;
            }
        }
        added
    }

    /// Gives a person born abroad (or an adult of a migrant kind) their migration history.
    fn shape_migrant(
        &mut self,
        person: &mut Person,
        kind: OriginKind,
        country: CountryId,
        arrival: PackedDate,
        year: u16,
    ) {
        let rates = self.params.rates;
        let born_here_second_generation = kind == OriginKind::Foreign
            && arrival / 10_000 > u32::from(person.birth_year) + 20
            && self.random.chance(0.15);
        match kind {
            OriginKind::Native | OriginKind::Mixed => {}
            OriginKind::Foreign => {
                person.nationality_1 = country;
                if !born_here_second_generation {
                    person.country_of_birth = country;
                    person.immigration_country = country;
                    person.immigration_date =
                        arrival.max(date(person.birth_year, person.birth_month, 1));
                }
            }
            OriginKind::Naturalised => {
                person.country_of_birth = country;
                person.immigration_country = country;
                person.immigration_date =
                    arrival.max(date(person.birth_year, person.birth_month, 1));
                let naturalised_year =
                    (date_year(arrival) + 8 + self.random.below(10) as u16).min(year);
                person.citizenship_date =
                    date(naturalised_year, self.random.between(1, 12) as u8, 15)
                        .min(date(year, 12, 31))
                        .max(person.immigration_date);
                person.acquisition = if self.random.chance(rates.acquisition_lost) {
                    Acquisition::Unknown
                } else {
                    Acquisition::Naturalisation
                };
                if self.random.chance(rates.keeps_second_nationality)
                    && self.config.countries.is_foreign_state(country)
                {
                    person.nationality_2 = country;
                }
            }
            OriginKind::LateRepatriate => {
                person.country_of_birth = country;
                person.immigration_country = country;
                person.immigration_date =
                    arrival.max(date(person.birth_year, person.birth_month, 1));
                person.citizenship_date = person.immigration_date;
                person.acquisition = if self.random.chance(rates.acquisition_lost) {
                    Acquisition::Unknown
                } else {
                    Acquisition::LateRepatriate
                };
            }
            OriginKind::ReturnedGermans => {
                // Adults were born in Germany and lived abroad for a while; children born abroad
                // are Germans by birth with a foreign country of birth (rule 4's false positive).
                if person.parents != [0, 0] {
                    person.country_of_birth = country;
                }
                person.immigration_country = country;
                person.immigration_date =
                    arrival.max(date(person.birth_year, person.birth_month, 1));
            }
        }
    }
}

/// Totals of a generator run (aggregates only).
#[derive(Debug, Clone, Copy, Default)]
pub struct GenerateSummary {
    pub rows: u64,
    pub years: u16,
    pub persons_ever: u64,
}

#[cfg(test)]
mod tests;
