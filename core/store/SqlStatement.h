// One SQL statement on a store connection, with SQLite's errors mapped to StoreError kinds.
// It runs on SQLite's own API (the connection's handle, so it shares the QSqlDatabase's
// transaction): QSqlQuery's binding layer cost more per row than SQLite's work itself on
// bulk imports (a string-keyed hash per bound value).
#pragma once

#include "StoreError.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace rebuttal {

class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    // Positional binding, in the order of the statement's placeholders; the next exec()
    // starts binding from the first placeholder again.
    SqlStatement &bind(const QVariant &value);
    // Text (a null QString: NULL) and whole numbers without a QVariant: bulk imports bind
    // hundreds of thousands of them.
    SqlStatement &bind(const QString &text);
    SqlStatement &bind(int number) { return bind(qint64(number)); }
    SqlStatement &bind(qint64 number);
    SqlStatement &bind(double number);
    SqlStatement &bind(const QByteArray &bytes) { return bind(QVariant(bytes)); } // a blob
    // Text already in UTF-8 (codes and dates, which a bulk import binds by the hundred thousand:
    // no UTF-16 on the way), copied by SQLite; a null view is NULL.
    SqlStatement &bindUtf8(QByteArrayView text);
    // Runs the statement; a query's rows are then read with next() and value().
    bool exec();
    bool next();
    QVariant value(int column) const;
    qint64 lastInsertId() const { return m_lastInsertId; }
    int rowsAffected() const { return m_rowsAffected; }
    // Ends the current run early (releases SQLite's read of the rows not yet read).
    void finish();
    [[nodiscard]] StoreError error() const { return m_error; }

    [[nodiscard]] static StoreError errorOf(const QSqlError &error);
    // `nativeCode`: SQLite's (extended) result code; `text`: its message.
    [[nodiscard]] static StoreError errorOf(int nativeCode, const QString &text);
    // An optional text column: empty text is stored as NULL.
    static QVariant textOrNull(const QString &text);

private:
    [[nodiscard]] StoreError sqliteError(int code) const;
    // The next placeholder's index, the statement reset first when a new run starts; 0: none.
    int nextParameter();
    void noteBindResult(int code);
    int bindText(int index, const QString &text);
    static bool isNullValue(const QVariant &value);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_nextParameter = 1;
    // By placeholder: the UTF-8 of the text bound to it, which SQLite reads in place until the
    // next run binds again (no copy made per value, the buffers reused run after run).
    std::vector<QByteArray> m_texts;
    bool m_pendingRow = false; // exec() stepped onto the first row; next() hands it out
    bool m_onRow = false;
    bool m_running = false;
    qint64 m_lastInsertId = 0;
    int m_rowsAffected = 0;
    StoreError m_error;
    StoreError m_bindError;
};

} // namespace rebuttal
