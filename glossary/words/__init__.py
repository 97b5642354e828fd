"""Indonesian words: stemming, morphology, the word list, lookup, vocabulary and spelling."""
