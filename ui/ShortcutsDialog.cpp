#include "ShortcutsDialog.h"

#include "ScreenFit.h"
#include "TableColumns.h"

#include <QAction>
#include <QCollator>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rebuttal {

namespace {

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    return text;
}

} // namespace

QString ShortcutsDialog::placeOf(const QAction *action, const QWidget *window)
{
    for (const QObject *object : action->associatedObjects()) {
        if (const auto *menu = qobject_cast<const QMenu *>(object); menu && !menu->title().isEmpty())
            return tr("%1 menu").arg(withoutMnemonic(menu->title()));
    }
    for (const QObject *object = action->parent(); object && object != window; object = object->parent()) {
        if (const auto *widget = qobject_cast<const QWidget *>(object); widget && !widget->windowTitle().isEmpty())
            return tr("%1 page").arg(widget->windowTitle());
    }
    return tr("Anywhere");
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_model->setHorizontalHeaderLabels({tr("Action"), tr("Keys"), tr("Where")});
    QList<QAction *> actions = window->actions();
    actions += window->findChildren<QAction *>();
    QSet<QString> seen;
    QList<QList<QStandardItem *>> rows;
    for (const QAction *action : std::as_const(actions)) {
        const QList<QKeySequence> keys = action->shortcuts();
        const QString text = withoutMnemonic(action->text());
        if (keys.isEmpty() || text.isEmpty())
            continue;
        QStringList shown;
        for (const QKeySequence &key : keys)
            shown << key.toString(QKeySequence::NativeText);
        const QString place = placeOf(action, window);
        const QString row = text + QLatin1Char('\t') + shown.join(QString()) + QLatin1Char('\t') + place;
        if (seen.contains(row))
            continue;
        seen.insert(row);
        auto *name = new QStandardItem(text);
        name->setToolTip(action->toolTip());
        rows.append({name, new QStandardItem(shown.join(tr(" or "))), new QStandardItem(place)});
    }
    // By action within each place, as the language orders words ("Índices" with the I's); the
    // view then groups by place (its sort is stable).
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(rows.begin(), rows.end(), [&collator](const QList<QStandardItem *> &a, const QList<QStandardItem *> &b) {
        return collator.compare(a.first()->text(), b.first()->text()) < 0;
    });
    for (const QList<QStandardItem *> &row : std::as_const(rows))
        m_model->appendRow(row);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSortLocaleAware(true);
    proxy->setSourceModel(m_model);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto *filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Filter by action, key or place"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_table->setModel(proxy);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    // Enabling sorting sorts by the header's indicator, by default the first column descending.
    m_table->horizontalHeader()->setSortIndicator(2, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    TableColumns::arrange(m_table, 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(640, 620));
}

} // namespace rebuttal
