//! The document as JSON: the fields in the order earlier builds wrote them (see
//! `domain::formaat` for copies those builds wrote).

use super::{Dokument, Instellingen, OntvangenPakket, TijdlijnInvoer};
use crate::domain::json::json_velden;

// `schema` and `revisie` must be there; everything else may be missing. The
// settings are preferences: a damaged one is read as its default (`voorkeur`).
json_velden! {
    Dokument {
        schema: moet,
        revisie: moet,
        bewaard_op: standaard,
        instellingen: voorkeur,
        modules: standaard,
        tijdlijn: standaard,
        coach: standaard,
        ontvangen: standaard,
        uitnodigingen: als_gevuld,
        kijk: als_gevuld,
        laatste_module: als_gevuld,
        generatie: als_gevuld,
        kandidaat: als_gevuld,
        versies: als_gevuld,
        beroepen: als_gevuld,
        sessies: voorkeur_als_gevuld,
    }
}

json_velden! {
    OntvangenPakket {
        bewaard_op: moet,
        label: moet,
        gemaakt_op: moet,
        taal: moet,
        modules: moet,
        kijk: als_gevuld,
        beroepen: als_gevuld,
    }
}

json_velden! {
    TijdlijnInvoer {
        eerste_ziektedag: standaard,
        herstel: standaard,
        eerstejaarsevaluatie: standaard,
        vervroegde_iva: standaard,
        einde_dienstverband: standaard,
        loonsanctie_weken: standaard,
        verlenging_weken: standaard,
        verlof: standaard,
    }
}

json_velden! {
    Instellingen {
        taal: voorkeur,
        tekstgrootte: voorkeur,
        vanzelf_uit: voorkeur_als_gevuld,
        thema: voorkeur_als_gevuld,
        ruim: voorkeur_als_gevuld,
    }
}
