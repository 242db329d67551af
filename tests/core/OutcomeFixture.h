// Five clients whose research figures are worked out by hand (tst_outcomestatistics, tst_researchcli,
// tst_researchpage). As of 2024-01-01:
//   SAFE       4 allegations, 3 clients; delays 10, 30, 20, 10 -> median 15 (even count, a tie);
//              relied on by detention_start 2, bond_denied 2 (P2's relies on two SAFE allegations:
//              once), separation 1; days detained per client 0 (P4, same-day release), 60 (P1),
//              944 (P2, open spell to the as-of date) -> median 60, quartiles 30 and 502.
//   RED_NOTICE 1 allegation, 1 client; delay 30; detention_start 1, bond_denied 1 (P1's events
//              rely on SAFE and RED_NOTICE at once: they count under both); detained 60.
//   TAG        1 allegation, 1 client; no disclosure date -> median null; asylum_denied 1,
//              snpc_bar_applied 1; no detention.
//   P5 has no allegation: it shows in no breakdown; no other source appears.
#pragma once

#include <QByteArray>

namespace rebuttal::test {

inline QByteArray outcomeFixtureJson()
{
    return QByteArrayLiteral(R"({"format": "rebuttal.cases", "version": 1, "clients": [
 {"ref": "P1", "name": "Maria Identifiable", "country": "SV", "a_number": "A123456789", "notes": "private note",
  "allegations": [
   {"ref": "AL1", "source": "SAFE", "kind": "gang_affiliation", "origin_country": "SV", "asserted_on": "2020-01-01",
    "disclosed_on": "2020-01-11", "status": "contested", "detail": "tattoo photograph"},
   {"ref": "AL2", "source": "RED_NOTICE", "kind": "warrant", "origin_country": "SV", "asserted_on": "2020-02",
    "disclosed_on": "2020-03-02", "status": "blocked"}],
  "events": [
   {"ref": "E1", "type": "encounter", "date": "2020-01-01"},
   {"ref": "E2", "type": "detention_start", "date": "2020-01-05", "relied_on": ["AL1", "AL2"], "detail": "sent to Otero"},
   {"ref": "E3", "type": "bond_denied", "date": "2020-02-01", "relied_on": ["AL1", "AL2"]},
   {"ref": "E4", "type": "release", "date": "2020-03-05"}]},
 {"ref": "P2", "name": "Jose Identifiable", "country": "HN", "a_number": "A987654321",
  "allegations": [
   {"ref": "AL1", "source": "SAFE", "kind": "gang_affiliation", "origin_country": "HN", "asserted_on": "2021-01-01",
    "disclosed_on": "2021-01-31", "status": "unverified"},
   {"ref": "AL2", "source": "SAFE", "kind": "criminal_history", "origin_country": "HN", "asserted_on": "2021-01-01",
    "disclosed_on": "2021-01-21", "status": "unverified"}],
  "events": [
   {"ref": "E1", "type": "detention_start", "date": "2021-06-01"},
   {"ref": "E2", "type": "bond_denied", "date": "2021-06-10", "relied_on": ["AL1", "AL2"]},
   {"ref": "E3", "type": "separation", "date": "2021-06-01", "relied_on": ["AL1"]}]},
 {"ref": "P3", "name": "Ana Identifiable", "country": "GT",
  "allegations": [
   {"ref": "AL1", "source": "TAG", "kind": "gang_affiliation", "origin_country": "GT", "asserted_on": "2022",
    "status": "rebutted"}],
  "events": [
   {"ref": "E1", "type": "asylum_denied", "date": "2022-05-01", "relied_on": ["AL1"]},
   {"ref": "E2", "type": "snpc_bar_applied", "date": "2022-05-01", "relied_on": ["AL1"]}]},
 {"ref": "P4", "name": "Luis Identifiable", "country": "SV",
  "allegations": [
   {"ref": "AL1", "source": "SAFE", "kind": "criminal_history", "origin_country": "SV", "asserted_on": "2019-06-01",
    "disclosed_on": "2019-06-11", "status": "contested"}],
  "events": [
   {"ref": "E1", "type": "detention_start", "date": "2019-06-01", "relied_on": ["AL1"]},
   {"ref": "E2", "type": "release", "date": "2019-06-01"}]},
 {"ref": "P5", "name": "Rosa Identifiable", "country": "MX",
  "events": [
   {"ref": "E1", "type": "detention_start", "date": "2020-01-01"},
   {"ref": "E2", "type": "release", "date": "2020-02-01"}]}
]})");
}

} // namespace rebuttal::test
