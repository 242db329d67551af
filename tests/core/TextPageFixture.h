// One text page drawn for a test (a title, then what the test draws, in 1/100 inch on a letter
// page) and read as the importer reads it, with the redaction found where a box was drawn.
#pragma once

#include "ProductionFixture.h"
#include "foia/PageAnalyzer.h"
#include "pdf/PdfDocument.h"

#include <QTemporaryDir>

#include <functional>
#include <optional>

namespace rebuttal::test {

// Draws a page's content, in 1/100 inch.
using Draw = std::function<void(QPainter &)>;

inline QStringList codes(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *code : list)
        result << QString::fromLatin1(code);
    return result;
}

// The page `draw` makes, analysed; nullopt when the PDF could not be written or opened.
inline std::optional<ProductionPage> analyzedTextPage(const Draw &draw)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return std::nullopt;
    const QString path = dir.filePath(QStringLiteral("page.pdf"));
    {
        ProductionFixture fixture(path);
        fixture.addPage(ExpectedPage{}, [&](QPainter &p, QSizeF) {
            ProductionFixture::text(p, 100, 120, QStringLiteral("REPORT OF INVESTIGATION"), 14);
            draw(p);
        });
        fixture.finish();
    }
    PdfDocument::Problem problem = PdfDocument::Problem::None;
    const std::unique_ptr<PdfDocument> document = PdfDocument::open(path, {}, &problem);
    if (!document)
        return std::nullopt;
    return PageAnalyzer(*document, {}).analyze(0);
}

// The redaction whose box is centred where `drawn` (1/100 inch on a letter page) is, if any.
inline const Redaction *redactionAt(const ProductionPage &page, const QRectF &drawn)
{
    const QRectF at = ProductionFixture::fraction(drawn, QSizeF(850, 1100));
    const auto found = std::find_if(page.redactions.cbegin(), page.redactions.cend(), [&](const Redaction &r) {
        return std::abs(r.box.center().x() - at.center().x()) < 0.01 && std::abs(r.box.center().y() - at.center().y()) < 0.01;
    });
    return found == page.redactions.cend() ? nullptr : &*found;
}

// What is wrong with the box drawn at `drawn`: not found, or other codes than `codes`; empty
// when it is found with just those.
inline QString wrongCodes(const ProductionPage &page, const QRectF &drawn, const QStringList &codes)
{
    const double y = ProductionFixture::fraction(drawn, QSizeF(850, 1100)).y();
    const Redaction *found = redactionAt(page, drawn);
    if (!found)
        return QStringLiteral("no box at y %1").arg(y);
    if (found->exemptions != codes)
        return QStringLiteral("box at y %1: %2 (label \"%3\"), want %4")
            .arg(y)
            .arg(found->exemptions.join(QLatin1Char(' ')), found->label, codes.join(QLatin1Char(' ')));
    return {};
}

} // namespace rebuttal::test

Q_DECLARE_METATYPE(rebuttal::test::Draw)
