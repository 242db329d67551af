// What research studies: the filter over allegations, the figures aggregated across clients and
// the de-identified dataset rows. OutcomeStatistics computes them; the research page, `stats`,
// the flag tallies and the CSV exports read them.
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace rebuttal {

// Which allegations a study looks at. Empty fields select everything. Clients, events and
// spells follow from the allegations selected: an event counts when it relied on one of them,
// a client when one of them is the client's.
struct OutcomeFilter
{
    QDate assertedFrom;   // the allegation's asserted_on (first day of a partial date), inclusive
    QDate assertedTo;     // inclusive
    QString originCountry; // ISO code of the country that supplied the allegation
    QString source;        // allegation source code, e.g. "RED_NOTICE"
    QString status;        // allegation status code, e.g. "contested"

    bool isEmpty() const
    {
        return !assertedFrom.isValid() && !assertedTo.isValid() && originCountry.isEmpty() && source.isEmpty()
            && status.isEmpty();
    }
    friend bool operator==(const OutcomeFilter &, const OutcomeFilter &) = default;
};

// One row of a breakdown: a source, a country or a year, with what follows from its allegations.
struct OutcomeCounts
{
    QString key; // source code, country code or year; empty when the records do not say
    int allegations = 0;
    int clients = 0;                // distinct clients with such an allegation
    QMap<QString, int> reliedOnEvents; // event type code -> events that relied on such an allegation (absent: 0)

    int events(const QString &type) const { return reliedOnEvents.value(type); }
    friend bool operator==(const OutcomeCounts &, const OutcomeCounts &) = default;
};

// A five-number summary; quartiles interpolate linearly between ranks (the median of an even
// count is the mean of the middle two).
struct Distribution
{
    QString key;
    int count = 0;
    double minimum = 0;
    double lowerQuartile = 0;
    double median = 0;
    double upperQuartile = 0;
    double maximum = 0;

    friend bool operator==(const Distribution &, const Distribution &) = default;
};

struct OutcomeFigures
{
    QDate asOf;
    int allegations = 0; // selected allegations
    int clients = 0;     // distinct clients they concern
    QList<OutcomeCounts> bySource;  // sources with at least one selected allegation, in vocabulary order
    QList<OutcomeCounts> byCountry; // by allegation origin country, most allegations first
    QList<OutcomeCounts> byYear;    // by year asserted, oldest first; unknown years last
    // Per source. Detention and separation: days per client, summing the client's spells
    // attributed to the source (see OutcomeStatistics). Disclosure: days per allegation.
    QList<Distribution> detentionDays;
    QList<Distribution> separationDays;
    QList<Distribution> disclosureDelayDays;

    const OutcomeCounts *source(const QString &code) const;
    std::optional<Distribution> distributionOf(const QList<Distribution> &list, const QString &key) const;
};

// The values the filters can take in this store, for pickers.
struct OutcomeFilterChoices
{
    QStringList sources;   // codes in vocabulary order
    QStringList countries; // sorted
    QStringList statuses;  // codes in vocabulary order
    QDate earliest;        // earliest and latest asserted_on
    QDate latest;
};

// One client of a research dataset: no name, ref, A-number, free text or exact date.
struct DatasetRow
{
    QStringList sources;     // distinct source codes, sorted
    int allegations = 0;
    std::optional<int> firstAllegationYear;
    int events = 0;
    int reliedOnEvents = 0;  // events that relied on at least one allegation
    QMap<QString, int> eventCounts; // for DatasetRow::countedTypes()
    int detentionDays = 0;
    int separationDays = 0;
    std::optional<int> longestDisclosureDelayDays;

    // The event types a dataset row counts one by one.
    static QStringList countedTypes();
};

} // namespace rebuttal
