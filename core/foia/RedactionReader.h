// Turns the boxes found on a page into redactions: reads the exemption label that belongs to each
// box (white text inside it, or a label beside it) and any text still extractable under it.
#pragma once

#include "BoxFinder.h"
#include "domain/ProductionPage.h"
#include "PageText.h"

#include <QImage>
#include <QSet>

#include <optional>

namespace rebuttal {

// What is known about one box before its labels are settled.
struct BoxReading
{
    FilledBox box;
    Redaction redaction;
    QString visibleText;        // words of the text layer that show on the box
    // It is a clump of bold letters, not a box (visible words cross its edge, or a closer render
    // shows letters coming apart).
    bool straddlesText = false;
    bool hasMarks = false; // something that contrasts with the fill is printed on it (a label as pixels, perhaps)
};

struct LabelRun;

class RedactionReader
{
public:
    // `render` is the page image the boxes were found in. `textUnderBoxesIsChecked` is false for
    // OCR text, which cannot hide under a box.
    RedactionReader(const PageText &text, const QImage &render, bool textUnderBoxesIsChecked);

    // Step 1: the text in and under each box, and the codes of labels printed on it.
    QList<BoxReading> examine(const QList<FilledBox> &boxes) const;
    // Step 2 (after any OCR of the boxes' own labels): drops what is not a redaction (text blobs,
    // dark headers with ordinary words), gives each label beside a box to the nearest box, and puts
    // labels that belong to no box in `looseCodes`.
    QList<Redaction> finish(const QList<BoxReading> &readings, QStringList *looseCodes) const;

    // The exemption codes of a label printed on a box, read with `read` (codesIn, or codesInOcr
    // for pixels), without the fragments a narrow box cuts off.
    static QStringList boxCodes(const QString &label, QStringList (*read)(const QString &));
    // Whether OCR's reading of the marks on a box has ordinary words in it (a header's), not just
    // a label misread ("tb 5}" for "(b)(5)").
    static bool readsAsWords(const QString &text);
    // Whether `level` stands out from a box fill of `boxGray` as printed marks do.
    static bool contrasts(int level, int boxGray);

    // Fills up to this level are black boxes; lighter ones are grey.
    static constexpr int kDarkBox = 100;
    // A mark on a box differs this much from its fill.
    static constexpr int kMarkContrast = 100;

private:
    QList<LabelRun> labelRuns(const QSet<int> &insideAnyBox, const QList<Redaction> &boxes) const;
    QList<LabelRun> continuations(const QList<LabelRun> &runs, const QSet<int> &insideAnyBox,
                                  const QList<Redaction> &boxes) const;
    QList<LabelRun> continuationsOf(const QList<LabelRun> &above, const QList<LabelRun> &known,
                                    const QSet<int> &insideAnyBox, const QList<Redaction> &boxes) const;
    std::optional<LabelRun> continuationAt(const TextLine &line, int first, const QList<LabelRun> &above,
                                           const QList<LabelRun> &known, const QSet<int> &insideAnyBox,
                                           const QList<Redaction> &boxes) const;
    bool opensWrappedLabel(const QString &upper, const QString &line) const;
    double em(const QRectF &run) const;
    bool nothingBetween(const LabelRun &run, const QRectF &box, const QSet<int> &insideAnyBox) const;
    bool inProse(const LabelRun &run) const;
    bool proseAfter(const LabelRun &run) const;
    int besideBox(const LabelRun &run, const QList<Redaction> &boxes, const QSet<int> &insideAnyBox) const;
    static int nearestBox(const QRectF &label, const QList<Redaction> &boxes, const QSet<int> &labelledOwn, double slant);
    static QList<int> boxesOfApartLabels(const QList<LabelRun> &blocks, const QList<Redaction> &boxes,
                                         const QSet<int> &labelledOwn, double slant);
    static QList<LabelRun> stacked(QList<LabelRun> runs, const QList<Redaction> &boxes, double slant);
    double slant() const;
    static void assign(Redaction &redaction, const QStringList &codes, const QString &label);
    void shareAlongRows(QList<Redaction> &redactions, const QSet<int> &labelledBeside) const;
    static bool isRedaction(const BoxReading &reading);
    static void forgetRepeatedHiddenText(QList<Redaction> &redactions);
    double markRate(const QRect &pixels, int boxGray) const;
    bool isHidden(const QRectF &character, const FilledBox &box, double pattern) const;
    bool hasMarks(const FilledBox &box) const;
    QRectF normalized(const QRect &pixels) const;

    const PageText &m_text;
    QImage m_render;
    bool m_checkHidden;
};

} // namespace rebuttal
