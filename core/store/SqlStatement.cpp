#include "SqlStatement.h"

#include <QCoreApplication>

namespace rebuttal {

namespace {
// SQLite primary result codes (sqlite3.h), which QSQLITE reports as the native error code.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;
} // namespace

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        m_error = errorOf(m_query.lastError());
}

SqlStatement &SqlStatement::bind(const QVariant &value)
{
    m_query.addBindValue(value);
    return *this;
}

bool SqlStatement::exec()
{
    if (!m_prepared)
        return false;
    if (m_query.exec()) {
        m_error = {};
        return true;
    }
    m_error = errorOf(m_query.lastError());
    return false;
}

QVariant SqlStatement::textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

StoreError SqlStatement::errorOf(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return {};
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // The real cause in words a user can act on, SQLite's own words kept after it.
    auto explained = [&](const char *cause) -> QString {
        return QCoreApplication::translate("SqlStatement", cause) + QStringLiteral(" (") + text + QLatin1Char(')');
    };
    switch (code) {
    case kSqliteBusy:
    case kSqliteLocked:
        return StoreError::make(StoreError::Kind::Locked, explained(QT_TRANSLATE_NOOP("SqlStatement", "it is locked by another program")));
    case kSqliteCorrupt:
        return StoreError::make(StoreError::Kind::Corrupt, text);
    case kSqliteNotADb:
        return StoreError::make(StoreError::Kind::NotAStore, text);
    case kSqliteFull:
        return StoreError::make(StoreError::Kind::Io, explained(QT_TRANSLATE_NOOP("SqlStatement", "the disk is full")));
    case kSqliteReadOnly:
        return StoreError::make(StoreError::Kind::Io,
                                explained(QT_TRANSLATE_NOOP("SqlStatement", "it cannot be written: the file, its folder or the disk is read-only")));
    case kSqliteIoErr:
    case kSqliteCantOpen:
        return StoreError::make(StoreError::Kind::Io, text);
    default:
        if (text.startsWith(QLatin1String("no such table")) || text.startsWith(QLatin1String("no such column")))
            return StoreError::make(StoreError::Kind::Corrupt,
                                    explained(QT_TRANSLATE_NOOP("SqlStatement", "it is incomplete or damaged: a part of the case file is missing")));
        return StoreError::make(StoreError::Kind::Sql, text);
    }
}

} // namespace rebuttal
