// The pages of one production for the page strip: thumbnail, number, Bates, and what is on them.
// A large production is read a batch at a time as the strip scrolls (canFetchMore/fetchMore):
// opening 10,000 pages reads the first hundred, not all of them.
#pragma once

#include "store/DocumentCatalog.h"

#include <QAbstractListModel>

#include <functional>

namespace rebuttal {

class PageRenderer;

class PageListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { PageRole = Qt::UserRole + 1, ExemptionsRole, WithheldRole, BadRedactionRole, ProblemRole };
    static constexpr int ThumbnailWidth = 110;

    static constexpr int FirstBatch = 100; // read on opening: a strip shows a handful
    static constexpr int Batch = 200;      // read each time the strip scrolls to its end
    // Reads the pages numbered first to last (an empty list at the end, or when the read failed).
    using PageReader = std::function<QList<ProductionPage>(int first, int last)>;

    explicit PageListModel(PageRenderer *renderer, QObject *parent = nullptr);

    // Every page at once.
    void setPages(QList<ProductionPage> pages);
    // A production of `pageCount` pages numbered from 1, read through `read` a batch at a time.
    void setProduction(int pageCount, PageReader read);
    // The pages read so far, in order.
    const QList<ProductionPage> &pages() const { return m_pages; }
    // How many pages the production has, read or not.
    int pageCount() const { return m_pageCount; }
    // The row of page `number` among the pages read, or -1.
    int rowOf(int number) const;
    // The row of page `number`, reading the batches up to it first; -1 when there is no such page.
    int loadRowOf(int number);
    // Reads every page not read yet (for what must see them all: a filter, "next withheld").
    void fetchAll();

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    // Reads the pages after the last one read, through page `last` (not past the count).
    QList<ProductionPage> readBatch(int last);
    // The same, appending their rows.
    void readThrough(int last);

    PageRenderer *m_renderer;
    QList<ProductionPage> m_pages;
    PageReader m_read;
    int m_pageCount = 0;
    int m_readThrough = 0; // the last page number asked of m_read
};

} // namespace rebuttal
