// Clients, their allegations and the events of their cases, as value types (rebuttal.cases v1).
#pragma once

#include "domain/CaseTypes.h"
#include "domain/PartialDate.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rebuttal {

struct EvidenceCitation
{
    QString document; // a Bates number, or with `page` where a document starts, or a store document id
    int page = 0;     // 0: none given

    // As people (and the CSV) write it: "ICE-000117", or "ICE-000100#4" for page 4 of the
    // document starting at ICE-000100.
    QString toText() const;
    // The reverse; a "#" not followed by a page number is part of the document.
    static EvidenceCitation fromText(const QString &text);

    friend bool operator==(const EvidenceCitation &, const EvidenceCitation &) = default;
};

// An A-number as the schema allows it: 8 or 9 digits, optionally after A.
bool isANumber(const QString &text);

struct Allegation
{
    QString ref;
    AllegationSource source = AllegationSource::Other;
    AllegationKind kind = AllegationKind::Other;
    QString origin;
    QString originCountry;
    PartialDate assertedOn;
    PartialDate disclosedOn;
    QString disclosureChannel;
    std::optional<AllegationStatus> status;
    QString detail;

    friend bool operator==(const Allegation &, const Allegation &) = default;
};

struct CaseEvent
{
    QString ref;
    EventType type = EventType::Other;
    PartialDate date;
    QString detail;
    QStringList reliedOn; // refs of the same client's allegations
    QList<EvidenceCitation> evidence;
    QString decidedBy = {}; // ICE, CBP, USCIS, EOIR, DOS, OTHER; empty: not said

    friend bool operator==(const CaseEvent &, const CaseEvent &) = default;
};

struct Client
{
    QString ref;
    QString name;
    QString pseudonym; // used instead of the name in de-identified output
    QString country;   // ISO 3166-1 alpha-2
    QString aNumber;
    QString notes;
    QList<Allegation> allegations;
    QList<CaseEvent> events; // in the record's order

    friend bool operator==(const Client &, const Client &) = default;
};

struct CaseRecords
{
    QList<Client> clients;

    friend bool operator==(const CaseRecords &, const CaseRecords &) = default;
};

} // namespace rebuttal
