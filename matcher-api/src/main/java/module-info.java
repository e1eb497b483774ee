/** The public vocabulary of PeerMatch: participants, problems, scorings, constraints, matchings. */
module io.peermatch.api {
  exports io.peermatch.api;
}
