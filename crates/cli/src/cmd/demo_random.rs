//! The demo data's deterministic random numbers: a 64-bit linear congruential generator
//! (Knuth's constants), so that every demo database holds the same figures.

pub struct Seeded(pub u64);

impl Seeded {
    pub fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// A number from 0 to `n` − 1 (0 for `n` = 0).
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }

    /// One of the ids of `weighted`, each as likely as its weight.
    pub fn pick<'a>(&mut self, weighted: &[(&'a str, u64)]) -> &'a str {
        let total: u64 = weighted.iter().map(|(_, weight)| weight).sum();
        let mut roll = self.below(total);
        for (id, weight) in weighted {
            if roll < *weight {
                return id;
            }
            roll -= weight;
        }
        weighted.first().map(|(id, _)| *id).unwrap_or_default()
    }

    /// True in `percent` of the calls.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}
