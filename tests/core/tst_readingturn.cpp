// ReadingTurn: a page printed sideways is read turned upright, and boxes found there are turned back.
#include "foia/PageText.h"
#include "foia/ReadingTurn.h"

#include <QPainter>
#include <QTest>

using namespace rebuttal;

namespace {

// A word of `text` whose letters step by `step` (fractions of the page) from `start`.
PdfWord word(const QString &text, QPointF start, QPointF step)
{
    PdfWord result{text, {}, {}, true};
    for (int i = 0; i < text.size(); ++i) {
        const QPointF at = start + i * step;
        const QRectF character(at - QPointF(0.005, 0.005), QSizeF(0.01, 0.01));
        result.characters << character;
        result.box = result.box.united(character);
    }
    return result;
}

// A few lines of words written in the direction of `step`, lines `across` apart.
QList<PdfWord> lines(QPointF start, QPointF step, QPointF across)
{
    QList<PdfWord> words;
    const QStringList line{QStringLiteral("Interviewed"), QStringLiteral("by"), QStringLiteral("agents")};
    for (int l = 0; l < 3; ++l) {
        QPointF at = start + l * across;
        for (const QString &text : line) {
            words << word(text, at, step);
            at += (text.size() + 1) * step;
        }
    }
    return words;
}

} // namespace

class TestReadingTurn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quarters_data()
    {
        QTest::addColumn<QPointF>("start");
        QTest::addColumn<QPointF>("step");
        QTest::addColumn<QPointF>("across");
        QTest::addColumn<int>("quarters");
        QTest::newRow("upright") << QPointF(0.1, 0.1) << QPointF(0.012, 0) << QPointF(0, 0.03) << 0;
        QTest::newRow("running down the page") << QPointF(0.9, 0.1) << QPointF(0, 0.012) << QPointF(-0.03, 0) << 3;
        QTest::newRow("running up the page") << QPointF(0.1, 0.9) << QPointF(0, -0.012) << QPointF(0.03, 0) << 1;
        QTest::newRow("upside down") << QPointF(0.9, 0.9) << QPointF(-0.012, 0) << QPointF(0, -0.03) << 2;
    }

    void quarters()
    {
        QFETCH(QPointF, start);
        QFETCH(QPointF, step);
        QFETCH(QPointF, across);
        QFETCH(int, quarters);
        const QList<PdfWord> words = lines(start, step, across);
        const ReadingTurn turn = ReadingTurn::of(words);
        QCOMPARE(turn.quarters(), quarters);
        // Turned upright, the words are read as lines of text, in order.
        const PageText text(turn.toReading(words));
        QCOMPARE(text.lines().size(), 3);
        QCOMPARE(text.lines().first().text, QStringLiteral("Interviewed by agents"));
        // A box turned into the reading frame and back is where it was.
        const QRectF box(0.2, 0.3, 0.1, 0.05);
        const QRectF back = turn.toDisplayed(turn.toReading(box));
        QVERIFY(std::abs(back.x() - box.x()) < 1e-9 && std::abs(back.y() - box.y()) < 1e-9);
        QVERIFY(std::abs(back.width() - box.width()) < 1e-9 && std::abs(back.height() - box.height()) < 1e-9);
    }

    // The image and the boxes turn alike: a box drawn on the page lies in the turned image where
    // the turned box says.
    void imageFollowsBoxes()
    {
        const QList<PdfWord> words = lines(QPointF(0.9, 0.1), QPointF(0, 0.012), QPointF(-0.03, 0));
        const ReadingTurn turn = ReadingTurn::of(words);
        QImage page(200, 100, QImage::Format_Grayscale8);
        page.fill(255);
        const QRectF box(0.1, 0.2, 0.2, 0.3);
        QPainter(&page).fillRect(QRect(20, 20, 40, 30), Qt::black);
        const QImage turned = turn.toReading(page);
        QCOMPARE(turned.size(), QSize(100, 200));
        const QRectF read = turn.toReading(box);
        const QPoint inside(int((read.center().x()) * turned.width()), int(read.center().y() * turned.height()));
        QCOMPARE(qGray(turned.pixel(inside)), 0);
        const QPoint outside(int((read.right() + 0.05) * turned.width()), int(read.center().y() * turned.height()));
        QCOMPARE(qGray(turned.pixel(outside)), 255);
    }

    // Words of a few letters each way, or a page of single letters, leave the page as it is.
    void noTurnWithoutAMajority()
    {
        QList<PdfWord> words = lines(QPointF(0.1, 0.1), QPointF(0.012, 0), QPointF(0, 0.03));
        words += lines(QPointF(0.9, 0.1), QPointF(0, 0.012), QPointF(-0.03, 0));
        QVERIFY(ReadingTurn::of(words).isNone());
        QVERIFY(ReadingTurn::of({word(QStringLiteral("x"), {0.5, 0.5}, {0, 0.01})}).isNone());
    }
};

QTEST_GUILESS_MAIN(TestReadingTurn)
#include "tst_readingturn.moc"
