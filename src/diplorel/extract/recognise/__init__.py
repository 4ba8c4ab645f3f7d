"""Recognisers: what the extractor finds in a sentence before any rule reads it.

Internal to :mod:`diplorel.extract`. Each module owns one kind of mention and
its language data (read from ``diplorel/lang/fr``):

* :mod:`._dates`: dates, partial dates and ranges, and the date grammar;
* :mod:`._ordinals`: ordinals and rounds (« le troisième cycle », « 5e session »);
* :mod:`._mentions`: parties (states, organisations, adjectives, seats of power)
  and persons;
* :mod:`._lists`: enumerations (« A, B et C », « l'un sur…, un autre sur… »);
* :mod:`._lexicon`: the compiled gazetteers the others share.

They depend on :mod:`diplorel.extract._text` (normalisation and the one
length-keeping fold) and :mod:`diplorel.extract._trie` (the one trie builder),
never on the rules.
"""
