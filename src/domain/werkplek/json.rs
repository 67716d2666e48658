//! The workspace as JSON, inside the encryption (`kluis`). It carries its own
//! `schema`: an older one is brought up to today's one step at a time (as
//! `dokument::migreer` does), a newer one is refused, never guessed at.

use super::{Contactregel, Gedeeld, Kandidaat, Werkplek};
use crate::domain::deelpakket::DeelInhoud;
use crate::domain::json::{json_velden, Bouwer, Json, NaarJson, VanJson, Velden};

/// The schema this build writes. 1: the first (issue 28). A later schema adds
/// a step to [`migreer`] and a test with a stored example of the one before.
pub const SCHEMA: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeesFout {
    /// Not JSON, or not a workspace.
    Beschadigd,
    /// Written by a newer Spoorwijzer.
    NieuwereVersie(u32),
}

json_velden!(Contactregel { datum: standaard, met_wie: standaard, afspraak: standaard, volgende_stap: standaard });

impl NaarJson for Gedeeld {
    fn naar(&self) -> Json {
        Bouwer::new().veld("ontvangen_op", &self.ontvangen_op).veld("inhoud", &self.inhoud).klaar()
    }
}

impl VanJson for Gedeeld {
    fn van(w: Json) -> Option<Self> {
        let mut v = Velden::van(w)?;
        Some(Gedeeld { ontvangen_op: v.moet("ontvangen_op")?, inhoud: DeelInhoud::van(v.neem("inhoud")?)? })
    }
}

json_velden!(Kandidaat {
    id: moet,
    kandidaat_id: standaard,
    label: moet,
    delen: standaard,
    notitie: standaard,
    contact: standaard,
    bewaren_tot: standaard,
});

impl NaarJson for Werkplek {
    fn naar(&self) -> Json {
        Bouwer::new()
            .veld("schema", &SCHEMA)
            .veld("revisie", &self.revisie)
            .veld("kandidaten", &self.kandidaten)
            .klaar()
    }
}

/// The workspace as JSON text.
pub fn schrijf(w: &Werkplek) -> String {
    w.naar().schrijf()
}

/// Read a workspace, older schemas migrated.
pub fn lees(tekst: &str) -> Result<Werkplek, LeesFout> {
    migreer(Json::lees(tekst).ok_or(LeesFout::Beschadigd)?)
}

fn migreer(waarde: Json) -> Result<Werkplek, LeesFout> {
    let versie = waarde.get("schema").and_then(Json::as_u64).ok_or(LeesFout::Beschadigd)?;
    let versie = u32::try_from(versie).unwrap_or(u32::MAX);
    if versie > SCHEMA {
        return Err(LeesFout::NieuwereVersie(versie));
    }
    // Schema 0 never existed: the first workspace was written as schema 1.
    if versie == 0 {
        return Err(LeesFout::Beschadigd);
    }
    let mut v = Velden::van(waarde).ok_or(LeesFout::Beschadigd)?;
    let revisie = v.moet("revisie").ok_or(LeesFout::Beschadigd)?;
    let kandidaten: Vec<Kandidaat> = v.of_standaard("kandidaten").ok_or(LeesFout::Beschadigd)?;
    let mut w = Werkplek { revisie, kandidaten };
    // Shares in date order whatever the file says; places with one id once.
    for k in &mut w.kandidaten {
        k.delen.sort_by(|a, b| a.inhoud.gemaakt_op.total_cmp(&b.inhoud.gemaakt_op));
    }
    let mut gezien: Vec<String> = Vec::new();
    w.kandidaten.retain(|k| {
        let nieuw = !gezien.contains(&k.id);
        gezien.push(k.id.clone());
        nieuw
    });
    Ok(w)
}
