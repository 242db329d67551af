#include "FoiaRequests.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace rebuttal {

namespace {

QString instrument(const AgreementCheck &check, const QString &ref)
{
    const Agreement *a = check.find(ref);
    return a ? QStringLiteral("%1 (%2)").arg(ref, a->title) : ref;
}

QString programAndCountry(const AgreementCheck &check, const QString &ref)
{
    const Agreement a = check.effective(ref);
    const QString programs = a.programs && !a.programs->isEmpty() ? a.programs->join(QStringLiteral(", ")) : FoiaRequests::tr("no program recorded");
    return FoiaRequests::tr("%1, %2").arg(programs, a.country.value_or(FoiaRequests::tr("no country recorded")));
}

} // namespace

QStringList FoiaRequests::draft(const CheckResult &result, const AgreementCheck &check, const QList<Client> &clients)
{
    QHash<QPair<QString, QString>, const Allegation *> allegations;
    for (const Client &client : clients) {
        for (const Allegation &a : client.allegations)
            allegations.insert({client.ref, a.ref}, &a);
    }
    // One request per program and country with no agreement, per withheld section, per agreement finding.
    QMap<QPair<QString, QString>, QSet<QString>> missing;           // (program, country) -> clients
    QMap<QPair<QString, QString>, QSet<QString>> withheldDecisions; // (agreement, section) -> client/event
    for (const AgreementFlag &flag : result.flags) {
        if (flag.rule == FlagRule::NoAgreement) {
            const Allegation *a = allegations.value({flag.client, flag.allegation});
            if (a)
                missing[{codeOf(a->source), a->originCountry}].insert(flag.client);
        } else if (flag.rule == FlagRule::UseTermsWithheld) {
            withheldDecisions[{flag.agreement, flag.clause.value_or(QString())}].insert(flag.client + QLatin1Char('/') + flag.event);
        }
    }
    QStringList lines;
    for (auto it = missing.cbegin(); it != missing.cend(); ++it) {
        const QString program = it.key().first;
        const int people = static_cast<int>(it.value().size());
        if (it.key().second.isEmpty()) {
            lines << tr("No agreement on file for %1 data from an unrecorded country: record where it came from, then ask for the ISAA or MOC under which it was shared (%n client(s)).",
                        nullptr, people).arg(program);
        } else {
            lines << tr("No agreement on file for %1 data from %2: ask for the ISAA or MOC under which it was shared (%n client(s)).",
                        nullptr, people).arg(program, it.key().second);
        }
    }
    for (auto it = withheldDecisions.cbegin(); it != withheldDecisions.cend(); ++it) {
        const QString &ref = it.key().first;
        QStringList exemptions;
        if (const Agreement *a = check.find(ref)) {
            for (const WithheldSection &w : a->withheld.value_or(QList<WithheldSection>())) {
                if (w.section == it.key().second)
                    exemptions = w.exemptions.value_or(QStringList());
            }
        }
        const QString section = it.key().second.isEmpty() ? tr("the section on access to and use of information") : it.key().second;
        lines << tr("Ask for %1 of %2 [%3] unredacted%4: its terms of use were withheld, and %n decision(s) relied on data shared under it.",
                    nullptr, static_cast<int>(it.value().size()))
                     .arg(section, instrument(check, ref), programAndCountry(check, ref),
                          exemptions.isEmpty() ? QString() : tr(" (withheld under %1)").arg(exemptions.join(QStringLiteral(", "))));
    }
    for (const AgreementFinding &finding : result.findings) {
        const QString ref = finding.agreement;
        const Agreement *a = check.find(ref);
        if (finding.rule == FindingRule::ReviewMissing) {
            lines << tr("Ask for the reviews of %1 [%2]: none is on file within a year of its signing (%3).")
                         .arg(instrument(check, ref), programAndCountry(check, ref), a ? a->signedOn.toString() : QString());
        } else {
            lines << tr("Ask for the Standard Operating Procedures of %1 [%2]: the instrument says an SOP accompanies it, and none is on file.")
                         .arg(instrument(check, ref), programAndCountry(check, ref));
        }
    }
    return lines;
}

} // namespace rebuttal
