// Writes the hostile inputs of tests/hostile/HostileInputs.h into a folder, for scripts/hostile.sh.
#include "HostileInputs.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

using namespace rebuttal::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_hostile_inputs FOLDER\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const bool ok = writeFile(dir.filePath(QStringLiteral("mediabox-14400.pdf")), hugeMediaBoxPdf(2))
        && writeFile(dir.filePath(QStringLiteral("mediabox-612-14400.pdf")), squarePagesPdf({612, 14400}))
        && writeFile(dir.filePath(QStringLiteral("recursive-form.pdf")), recursiveFormPdf())
        && writeFile(dir.filePath(QStringLiteral("vaughn-range.txt")), vaughnText(QStringLiteral("1-999999999")))
        && writeFile(dir.filePath(QStringLiteral("vaughn-range.csv")), vaughnCsv(QStringLiteral("1-999999999")))
        && writeFile(dir.filePath(QStringLiteral("vaughn-200x100000.csv")), vaughnCsv(QStringLiteral("1-100000"), 200));
    return ok ? 0 : 1;
}
