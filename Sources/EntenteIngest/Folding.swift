import EntenteModel

/// Lower case without accents: the form words are compared in.
func fold(_ text: String) -> String { NameNormalizer.foldDiacritics(text).lowercased() }
