// Spoorwijzer embed script (being built).
