//! Older stored documents brought up to today's schema, one step at a time.

use super::{Dokument, LeesFout, SCHEMA};
use crate::domain::balans;
use crate::domain::json::{Bouwer, Json, NaarJson, VanJson};

/// Bring a stored value up to [`SCHEMA`], one step at a time.
///
/// Each step takes the JSON of schema N and returns schema N+1, so every earlier
/// version has a tested path to today. Steps work on `Json`, not on today's
/// types, because old shapes must stay readable after the types move on.
pub fn migreer(mut waarde: Json) -> Result<Dokument, LeesFout> {
    let obj = waarde.as_object().ok_or(LeesFout::GeenDokument)?;
    let mut versie = match obj.get("schema") {
        Some(n @ Json::Getal(_)) => n.as_u64().and_then(|v| u32::try_from(v).ok()).ok_or(LeesFout::Beschadigd)?,
        // The very first development builds wrote `{"taal": ..}` without a schema.
        None if obj.contains_key("taal") => 0,
        None => return Err(LeesFout::GeenDokument),
        Some(_) => return Err(LeesFout::Beschadigd),
    };
    if versie > SCHEMA {
        return Err(LeesFout::NieuwereVersie(versie));
    }
    while versie < SCHEMA {
        waarde = match versie {
            0 => van_0_naar_1(waarde),
            1 => van_1_naar_2(waarde),
            2 => van_2_naar_3(waarde),
            3 => van_3_naar_4(waarde),
            4 => van_4_naar_5(waarde),
            _ => return Err(LeesFout::Beschadigd),
        };
        versie += 1;
    }
    Dokument::van(waarde).ok_or(LeesFout::Beschadigd)
}

/// Schema 0 kept the language at the top level; schema 1 groups settings.
fn van_0_naar_1(oud: Json) -> Json {
    let taal = oud.get("taal").cloned().unwrap_or(Json::Null);
    Bouwer::new()
        .veld("schema", &1u32)
        .veld("revisie", &oud.get("revisie").cloned().unwrap_or(0u32.naar()))
        .veld("instellingen", &Bouwer::new().veld("taal", &taal).klaar())
        .klaar()
}

/// Schema 1 kept the energy balance as percentages that were meant to add up
/// to 100; schema 2 keeps a level per area (0 niets .. 3 heel veel). Every
/// `verdeling` answer is converted, wherever answers are kept: the current
/// answers and dated snapshots of each module, and shared results a coach kept.
fn van_1_naar_2(mut doc: Json) -> Json {
    if let Some(modules) = doc.get_mut("modules").and_then(Json::as_object_mut) {
        for stand in modules.values_mut() {
            if let Some(antwoorden) = stand.get_mut("antwoorden") {
                verdelingen_naar_niveaus(antwoorden);
            }
            for m in stand.get_mut("momentopnames").and_then(Json::as_array_mut).into_iter().flatten() {
                if let Some(antwoorden) = m.get_mut("antwoorden") {
                    verdelingen_naar_niveaus(antwoorden);
                }
            }
        }
    }
    for pakket in doc.get_mut("ontvangen").and_then(Json::as_array_mut).into_iter().flatten() {
        for antwoorden in
            pakket.get_mut("modules").and_then(Json::as_object_mut).into_iter().flat_map(|m| m.values_mut())
        {
            verdelingen_naar_niveaus(antwoorden);
        }
    }
    if let Some(obj) = doc.as_object_mut() {
        obj.insert("schema", 2u32.naar());
    }
    doc
}

/// Schema 3 adds the invitations and replies of "Kijk van een ander"; a schema-2
/// document has none, which is what the empty defaults say. Only the number
/// changes.
fn van_2_naar_3(mut doc: Json) -> Json {
    if let Some(obj) = doc.as_object_mut() {
        obj.insert("schema", 3u32.naar());
    }
    doc
}

/// Schema 4 versions each field and drops the tabs' marks (`schrijvers`): the
/// fields of a schema-3 document start without a version, the lowest, so any
/// change made since in another tab wins over them.
fn van_3_naar_4(mut doc: Json) -> Json {
    if let Some(obj) = doc.as_object_mut() {
        obj.neem("schrijvers");
        obj.insert("schema", 4u32.naar());
    }
    doc
}

/// Schema 5 adds the kept occupations (`beroepen`); a schema-4 document has
/// none. Only the number changes.
fn van_4_naar_5(mut doc: Json) -> Json {
    if let Some(obj) = doc.as_object_mut() {
        obj.insert("schema", 5u32.naar());
    }
    doc
}

/// In one map of answers (question id → answer), percentages become levels.
pub(crate) fn verdelingen_naar_niveaus(antwoorden: &mut Json) {
    for antwoord in antwoorden.as_object_mut().into_iter().flat_map(|a| a.values_mut()) {
        let Some(antwoord) = antwoord.as_object_mut() else { continue };
        if antwoord.get("soort").and_then(Json::as_str) != Some("verdeling") {
            continue;
        }
        if let Some(oud) = antwoord.get("waarde").and_then(Json::as_object) {
            let nieuw = balans::niveaus_uit_procenten(oud);
            antwoord.insert("waarde", Json::Object(nieuw));
        }
    }
}
