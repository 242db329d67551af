#include "PageListModel.h"

#include "ExemptionPalette.h"
#include "NotAnalysedMark.h"
#include "PageRenderer.h"

#include <QPainter>
#include <QPixmap>

namespace rebuttal {

PageListModel::PageListModel(PageRenderer *renderer, QObject *parent)
    : QAbstractListModel(parent)
    , m_renderer(renderer)
{
    connect(m_renderer, &PageRenderer::pageReady, this, [this](int page, int width) {
        if (width != ThumbnailWidth)
            return;
        if (const int row = rowOf(page); row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {Qt::DecorationRole});
    });
}

void PageListModel::setPages(QList<ProductionPage> pages)
{
    beginResetModel();
    m_pages = std::move(pages);
    m_read = {};
    m_pageCount = int(m_pages.size());
    m_readThrough = m_pages.isEmpty() ? 0 : m_pages.constLast().number;
    endResetModel();
}

void PageListModel::setProduction(int pageCount, PageReader read)
{
    // The first batch is read inside the reset: views see the model whole, with no insert after it.
    beginResetModel();
    m_read = std::move(read);
    m_pageCount = std::max(0, pageCount);
    m_readThrough = 0;
    m_pages = readBatch(FirstBatch);
    endResetModel();
}

QList<ProductionPage> PageListModel::readBatch(int last)
{
    last = std::min(last, m_pageCount);
    if (!m_read || last <= m_readThrough)
        return {};
    QList<ProductionPage> batch = m_read(m_readThrough + 1, last);
    // Pages numbered past the count (or a failed read) end the reading rather than loop on it.
    m_readThrough = batch.isEmpty() ? m_pageCount : last;
    return batch;
}

void PageListModel::readThrough(int last)
{
    QList<ProductionPage> batch = readBatch(last);
    if (batch.isEmpty())
        return;
    beginInsertRows({}, int(m_pages.size()), int(m_pages.size() + batch.size()) - 1);
    m_pages.append(std::move(batch));
    endInsertRows();
}

bool PageListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_read && m_readThrough < m_pageCount;
}

void PageListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        readThrough(m_readThrough + Batch);
}

void PageListModel::fetchAll()
{
    readThrough(m_pageCount);
}

int PageListModel::loadRowOf(int number)
{
    if (number > m_readThrough && number <= m_pageCount)
        readThrough(std::max(number, m_readThrough + Batch));
    return rowOf(number);
}

int PageListModel::rowOf(int number) const
{
    // Pages are stored in order and numbered from 1, so the row is usually number - 1.
    if (number >= 1 && number <= m_pages.size() && m_pages[number - 1].number == number)
        return number - 1;
    for (int row = 0; row < m_pages.size(); ++row) {
        if (m_pages[row].number == number)
            return row;
    }
    return -1;
}

int PageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pages.size());
}

QVariant PageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProductionPage &page = m_pages.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = tr("Page %1").arg(page.number);
        if (!page.bates.isEmpty())
            text += QLatin1Char('\n') + page.bates;
        return text;
    }
    case Qt::DecorationRole: {
        // Thumbnails are rendered only when the view asks for them (the page is on screen).
        QImage image = m_renderer->page(page.number, ThumbnailWidth);
        QPixmap pixmap(ThumbnailWidth, int(ThumbnailWidth * 1.3));
        if (!image.isNull()) {
            pixmap = QPixmap::fromImage(image);
        } else {
            pixmap.fill(QColor(0xEE, 0xEE, 0xEE));
        }
        QPainter painter(&pixmap);
        // What is on the page, at a glance: its exemptions as colour bars, withheld as a frame.
        int x = 2;
        for (const QString &code : page.exemptions()) {
            painter.fillRect(x, pixmap.height() - 8, 14, 6, ExemptionPalette::color(code));
            x += 16;
        }
        if (page.withheldInFull) {
            painter.setPen(QPen(Qt::black, 4));
            painter.drawRect(pixmap.rect().adjusted(2, 2, -2, -2));
        }
        if (page.hasBadRedaction()) {
            painter.setPen(QPen(ExemptionPalette::badRedaction(), 4));
            painter.drawRect(pixmap.rect().adjusted(2, 2, -2, -2));
        }
        if (!page.problem.isEmpty())
            NotAnalysedMark::paint(painter, pixmap.rect(), page.problem, NotAnalysedMark::Length::Short);
        return pixmap;
    }
    case Qt::ToolTipRole: {
        QStringList lines{tr("Page %1").arg(page.number)};
        if (!page.bates.isEmpty())
            lines << tr("Bates %1").arg(page.bates);
        if (page.withheldInFull)
            lines << (page.withheldByUser ? tr("Withheld in full (marked by you)") : tr("Withheld in full"));
        if (!page.exemptions().isEmpty())
            lines << tr("Exemptions: %1").arg(page.exemptions().join(QStringLiteral(", ")));
        lines << tr("%n redaction(s)", nullptr, int(page.redactions.size()));
        if (page.hasBadRedaction())
            lines << tr("Text is still readable under a redaction");
        if (page.imageOnly)
            lines << tr("Scanned page: text read by OCR");
        if (!page.problem.isEmpty())
            lines << NotAnalysedMark::text(page.problem);
        return lines.join(QLatin1Char('\n'));
    }
    case PageRole: return page.number;
    case ExemptionsRole: return page.exemptions();
    case WithheldRole: return page.withheldInFull;
    case BadRedactionRole: return page.hasBadRedaction();
    case ProblemRole: return page.problem;
    default: return {};
    }
}

} // namespace rebuttal
