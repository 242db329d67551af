// The pages of one production for the page strip: thumbnail, number, Bates, and what is on them.
#pragma once

#include "store/DocumentCatalog.h"

#include <QAbstractListModel>

namespace rebuttal {

class PageRenderer;

class PageListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { PageRole = Qt::UserRole + 1, ExemptionsRole, WithheldRole, BadRedactionRole, ProblemRole };
    static constexpr int ThumbnailWidth = 110;

    explicit PageListModel(PageRenderer *renderer, QObject *parent = nullptr);

    void setPages(QList<ProductionPage> pages);
    const QList<ProductionPage> &pages() const { return m_pages; }
    // The row of page `number`, or -1.
    int rowOf(int number) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    PageRenderer *m_renderer;
    QList<ProductionPage> m_pages;
};

} // namespace rebuttal
