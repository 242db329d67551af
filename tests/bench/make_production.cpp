// Writes a generated production of N pages for benchmarks: the seven page kinds of the test
// fixture in turn (text with labelled boxes, labels beside boxes, withheld, scanned, a readable
// redaction, landscape, a ruled table).
//   bench_make_production OUT.pdf PAGES
#include "../core/ProductionFixture.h"

#include <QGuiApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_make_production OUT.pdf PAGES\n");
        return 2;
    }
    const int pages = QByteArray(argv[2]).toInt();
    const auto truth = rebuttal::test::writeStandardProduction(QString::fromLocal8Bit(argv[1]), pages);
    int scanned = 0;
    for (const auto &page : truth)
        scanned += page.imageOnly;
    std::printf("%d pages, %d scanned\n", int(truth.size()), scanned);
    return 0;
}
