// Writes N generated clients as rebuttal.cases JSON for the research benchmark: the same N gives
// the same file. Each client has 1-3 allegations across sources and origin countries, with
// asserted and disclosed dates, and ~7-8 events in a realistic order (encounter, detention, a
// bond hearing and its denial relying on the allegations, parole, separation and reunification,
// the asylum outcome with the serious non-political crime bar, release or removal).
//   bench_make_cases OUT.json CLIENTS
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <random>

namespace {

class Generator
{
public:
    explicit Generator(unsigned seed)
        : m_random(seed)
    {
    }

    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_random); }
    template <typename T> const T &pick(const QList<T> &list) { return list.at(between(0, static_cast<int>(list.size()) - 1)); }
    // Picks by weight: a Red Notice is rarer than a CHIS transmission.
    QString weighted(const QList<std::pair<QString, int>> &choices)
    {
        int total = 0;
        for (const auto &choice : choices)
            total += choice.second;
        int roll = between(1, total);
        for (const auto &choice : choices) {
            roll -= choice.second;
            if (roll <= 0)
                return choice.first;
        }
        return choices.constLast().first;
    }

private:
    std::mt19937 m_random;
};

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

QJsonObject event(int *number, const QString &type, QDate date, const QStringList &reliedOn = {})
{
    QJsonObject e{{QStringLiteral("ref"), QStringLiteral("E%1").arg(++*number)},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("date"), day(date)}};
    if (!reliedOn.isEmpty())
        e.insert(QStringLiteral("relied_on"), QJsonArray::fromStringList(reliedOn));
    return e;
}

QJsonObject client(Generator &g, int index)
{
    static const QList<std::pair<QString, int>> sources{
        {QStringLiteral("CHIS"), 30}, {QStringLiteral("SAFE"), 20}, {QStringLiteral("TAG"), 15},
        {QStringLiteral("RED_NOTICE"), 12}, {QStringLiteral("BIOMETRIC_SHARING"), 10}, {QStringLiteral("NCIC"), 8},
        {QStringLiteral("OTHER"), 5}};
    static const QList<QString> countries{QStringLiteral("SV"), QStringLiteral("HN"), QStringLiteral("GT"), QStringLiteral("MX"),
                                          QStringLiteral("JM"), QStringLiteral("NI"), QStringLiteral("CO"), QStringLiteral("VE")};
    static const QList<QString> kinds{QStringLiteral("gang_affiliation"), QStringLiteral("criminal_history"),
                                      QStringLiteral("armed_group"), QStringLiteral("warrant"), QStringLiteral("other")};
    static const QList<QString> statuses{QStringLiteral("unverified"), QStringLiteral("contested"), QStringLiteral("rebutted"),
                                         QStringLiteral("withdrawn"), QStringLiteral("blocked")};

    const QString country = g.pick(countries);
    const QDate encounter = QDate(2015, 1, 1).addDays(g.between(0, 9 * 365));
    QJsonArray allegations;
    QStringList refs;
    const int allegationCount = g.between(1, 3);
    for (int a = 1; a <= allegationCount; ++a) {
        const QDate asserted = encounter.addDays(g.between(-30, 20));
        QJsonObject allegation{{QStringLiteral("ref"), QStringLiteral("AL%1").arg(a)},
                               {QStringLiteral("source"), g.weighted(sources)},
                               {QStringLiteral("kind"), g.pick(kinds)},
                               {QStringLiteral("origin_country"), g.chance(0.85) ? country : g.pick(countries)},
                               {QStringLiteral("asserted_on"), day(asserted)},
                               {QStringLiteral("status"), g.pick(statuses)}};
        if (g.chance(0.85))
            allegation.insert(QStringLiteral("disclosed_on"), day(asserted.addDays(g.between(0, 420))));
        allegations.append(allegation);
        refs << QStringLiteral("AL%1").arg(a);
    }
    auto someRefs = [&] { return g.chance(0.5) ? refs : QStringList{g.pick(refs)}; };

    int number = 0;
    QJsonArray events;
    events.append(event(&number, QStringLiteral("encounter"), encounter));
    QDate date = encounter.addDays(g.between(0, 3));
    events.append(event(&number, QStringLiteral("detention_start"), date, g.chance(0.6) ? someRefs() : QStringList{}));
    if (g.chance(0.3)) {
        const QDate separated = date;
        events.append(event(&number, QStringLiteral("separation"), separated, someRefs()));
        if (g.chance(0.75))
            events.append(event(&number, QStringLiteral("reunification"), separated.addDays(g.between(10, 240))));
    }
    if (g.chance(0.7))
        events.append(event(&number, QStringLiteral("credible_fear_interview"), date.addDays(g.between(7, 30))));
    date = date.addDays(g.between(31, 90));
    events.append(event(&number, QStringLiteral("bond_hearing"), date));
    if (g.chance(0.7))
        events.append(event(&number, QStringLiteral("bond_denied"), date, someRefs()));
    else
        events.append(event(&number, QStringLiteral("bond_granted"), date));
    if (g.chance(0.3))
        events.append(event(&number, QStringLiteral("parole_denied"), date.addDays(g.between(5, 60)), someRefs()));
    date = date.addDays(g.between(30, 400));
    if (g.chance(0.45)) {
        events.append(event(&number, QStringLiteral("asylum_denied"), date, someRefs()));
        if (g.chance(0.5))
            events.append(event(&number, QStringLiteral("snpc_bar_applied"), date, someRefs()));
    } else {
        events.append(event(&number, QStringLiteral("asylum_granted"), date));
    }
    // Most detentions end; some are still going on when the data is drawn.
    if (g.chance(0.88)) {
        const bool removed = g.chance(0.35);
        events.append(event(&number, removed ? QStringLiteral("removal") : QStringLiteral("release"),
                            date.addDays(g.between(0, 200))));
    }
    return {{QStringLiteral("ref"), QStringLiteral("G%1").arg(index, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("name"), QStringLiteral("Generated client %1").arg(index)},
            {QStringLiteral("country"), country},
            {QStringLiteral("allegations"), allegations},
            {QStringLiteral("events"), events}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_make_cases OUT.json CLIENTS\n");
        return 2;
    }
    const int count = QByteArray(argv[2]).toInt();
    Generator g(20240101);
    QJsonArray clients;
    int events = 0;
    for (int i = 1; i <= count; ++i) {
        const QJsonObject c = client(g, i);
        events += static_cast<int>(c.value(QStringLiteral("events")).toArray().size());
        clients.append(c);
    }
    QFile out(QString::fromLocal8Bit(argv[1]));
    if (!out.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "bench_make_cases: cannot write %s\n", argv[1]);
        return 1;
    }
    out.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("rebuttal.cases")},
                                        {QStringLiteral("version"), 1},
                                        {QStringLiteral("clients"), clients}})
                  .toJson(QJsonDocument::Compact));
    std::printf("%d clients, %d events\n", count, events);
    return 0;
}
