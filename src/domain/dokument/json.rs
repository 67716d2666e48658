//! The document as JSON: the fields in the order earlier builds wrote them (see
//! `domain::formaat` for copies those builds wrote).

use super::{Dokument, Instellingen, OntvangenPakket, TijdlijnInvoer};
use crate::domain::json::{Bouwer, Json, NaarJson, VanJson, Velden};
use crate::domain::veld::{versies_naar_json, versies_uit_json};

impl NaarJson for Dokument {
    fn naar(&self) -> Json {
        Bouwer::new()
            .veld("schema", &self.schema)
            .veld("revisie", &self.revisie)
            .veld("bewaard_op", &self.bewaard_op)
            .veld("instellingen", &self.instellingen)
            .veld("modules", &self.modules)
            .veld("tijdlijn", &self.tijdlijn)
            .veld("coach", &self.coach)
            .veld("ontvangen", &self.ontvangen)
            .als(!self.uitnodigingen.is_empty(), "uitnodigingen", &self.uitnodigingen)
            .als(!self.kijk.is_empty(), "kijk", &self.kijk)
            .als(self.laatste_module.is_some(), "laatste_module", &self.laatste_module)
            .als(!self.generatie.is_empty(), "generatie", &self.generatie)
            .als(!self.versies.is_empty(), "versies", &versies_naar_json(&self.versies))
            .klaar()
    }
}

impl VanJson for Dokument {
    /// `schema` and `revisie` must be there; everything else may be missing.
    fn van(w: Json) -> Option<Self> {
        let mut v = Velden::van(w)?;
        Some(Dokument {
            schema: v.moet("schema")?,
            revisie: v.moet("revisie")?,
            bewaard_op: v.of_standaard("bewaard_op")?,
            instellingen: v.of_standaard("instellingen")?,
            modules: v.of_standaard("modules")?,
            tijdlijn: v.of_standaard("tijdlijn")?,
            coach: v.of_standaard("coach")?,
            ontvangen: v.of_standaard("ontvangen")?,
            uitnodigingen: v.of_standaard("uitnodigingen")?,
            kijk: v.of_standaard("kijk")?,
            laatste_module: v.of_standaard("laatste_module")?,
            generatie: v.of_standaard("generatie")?,
            versies: match v.neem("versies") {
                Some(w) => versies_uit_json(w)?,
                None => Default::default(),
            },
        })
    }
}

impl NaarJson for OntvangenPakket {
    fn naar(&self) -> Json {
        Bouwer::new()
            .veld("bewaard_op", &self.bewaard_op)
            .veld("label", &self.label)
            .veld("gemaakt_op", &self.gemaakt_op)
            .veld("taal", &self.taal)
            .veld("modules", &self.modules)
            .als(!self.kijk.is_empty(), "kijk", &self.kijk)
            .klaar()
    }
}

impl VanJson for OntvangenPakket {
    fn van(w: Json) -> Option<Self> {
        let mut v = Velden::van(w)?;
        Some(OntvangenPakket {
            bewaard_op: v.moet("bewaard_op")?,
            label: v.moet("label")?,
            gemaakt_op: v.moet("gemaakt_op")?,
            taal: v.moet("taal")?,
            modules: v.moet("modules")?,
            kijk: v.of_standaard("kijk")?,
        })
    }
}

impl NaarJson for TijdlijnInvoer {
    fn naar(&self) -> Json {
        Bouwer::new()
            .veld("eerste_ziektedag", &self.eerste_ziektedag)
            .veld("herstel", &self.herstel)
            .veld("eerstejaarsevaluatie", &self.eerstejaarsevaluatie)
            .veld("vervroegde_iva", &self.vervroegde_iva)
            .veld("einde_dienstverband", &self.einde_dienstverband)
            .veld("loonsanctie_weken", &self.loonsanctie_weken)
            .veld("verlenging_weken", &self.verlenging_weken)
            .veld("verlof", &self.verlof)
            .klaar()
    }
}

impl VanJson for TijdlijnInvoer {
    fn van(w: Json) -> Option<Self> {
        let mut v = Velden::van(w)?;
        Some(TijdlijnInvoer {
            eerste_ziektedag: v.of_standaard("eerste_ziektedag")?,
            herstel: v.of_standaard("herstel")?,
            eerstejaarsevaluatie: v.of_standaard("eerstejaarsevaluatie")?,
            vervroegde_iva: v.of_standaard("vervroegde_iva")?,
            einde_dienstverband: v.of_standaard("einde_dienstverband")?,
            loonsanctie_weken: v.of_standaard("loonsanctie_weken")?,
            verlenging_weken: v.of_standaard("verlenging_weken")?,
            verlof: v.of_standaard("verlof")?,
        })
    }
}

impl NaarJson for Instellingen {
    fn naar(&self) -> Json {
        Bouwer::new()
            .veld("taal", &self.taal)
            .veld("tekstgrootte", &self.tekstgrootte)
            .als(self.vanzelf_uit, "vanzelf_uit", &self.vanzelf_uit)
            .klaar()
    }
}

impl VanJson for Instellingen {
    fn van(w: Json) -> Option<Self> {
        let mut v = Velden::van(w)?;
        Some(Instellingen {
            taal: v.of_standaard("taal")?,
            tekstgrootte: v.of_standaard("tekstgrootte")?,
            vanzelf_uit: v.of_standaard("vanzelf_uit")?,
        })
    }
}
