// One SQL statement on a store connection, with SQLite's errors mapped to StoreError kinds.
#pragma once

#include "StoreError.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rebuttal {

class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql);

    // Positional binding, in the order of the statement's placeholders.
    SqlStatement &bind(const QVariant &value);
    bool exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    void finish() { m_query.finish(); }
    StoreError error() const { return m_error; }

    static StoreError errorOf(const QSqlError &error);
    // An optional text column: empty text is stored as NULL.
    static QVariant textOrNull(const QString &text);

private:
    QSqlQuery m_query;
    bool m_prepared = false;
    StoreError m_error;
};

} // namespace rebuttal
