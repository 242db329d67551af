#include "SqlStatement.h"

#include <cstring>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QStringEncoder>

#include <sqlite3.h>

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
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_db) {
        // Not a SQLite connection, or not open: a programming error, reported in SQLite's words.
        m_error = db.lastError().type() != QSqlError::NoError ? errorOf(db.lastError())
                                                               : errorOf(SQLITE_MISUSE, QString::fromUtf8(sqlite3_errstr(SQLITE_MISUSE)));
        return;
    }
    const QByteArray text = sql.toUtf8();
    const int code = sqlite3_prepare_v2(m_db, text.constData(), static_cast<int>(text.size()), &m_statement, nullptr);
    if (code != SQLITE_OK) {
        m_error = sqliteError(code);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_statement);
}

int SqlStatement::nextParameter()
{
    if (!m_statement)
        return 0;
    if (m_nextParameter == 1 && m_running)
        finish(); // a new run: SQLite only takes bindings on a reset statement
    return m_nextParameter++;
}

void SqlStatement::noteBindResult(int code)
{
    if (code != SQLITE_OK && !m_bindError.isError())
        m_bindError = sqliteError(code);
}

SqlStatement &SqlStatement::bind(const QString &text)
{
    if (const int index = nextParameter())
        noteBindResult(text.isNull() ? sqlite3_bind_null(m_statement, index) : bindText(index, text));
    return *this;
}

SqlStatement &SqlStatement::bindUtf8(QByteArrayView text)
{
    const int index = nextParameter();
    if (!index)
        return *this;
    if (text.isNull()) {
        noteBindResult(sqlite3_bind_null(m_statement, index));
        return *this;
    }
    // Copied into the placeholder's own buffer, as bindText does: SQLite's own copy
    // (SQLITE_TRANSIENT) is an allocation and a free per value.
    if (m_texts.size() < std::size_t(index))
        m_texts.resize(std::size_t(index));
    QByteArray &utf8 = m_texts[std::size_t(index) - 1];
    utf8.resize(text.size());
    std::memcpy(utf8.data(), text.data(), std::size_t(text.size()));
    noteBindResult(sqlite3_bind_text64(m_statement, index, utf8.constData(), sqlite3_uint64(text.size()), SQLITE_STATIC, SQLITE_UTF8));
    return *this;
}

SqlStatement &SqlStatement::bind(qint64 number)
{
    if (const int index = nextParameter())
        noteBindResult(sqlite3_bind_int64(m_statement, index, number));
    return *this;
}

SqlStatement &SqlStatement::bind(double number)
{
    if (const int index = nextParameter())
        noteBindResult(sqlite3_bind_double(m_statement, index, number));
    return *this;
}

SqlStatement &SqlStatement::bind(const QVariant &value)
{
    const int index = nextParameter();
    if (!index)
        return *this;
    int code = SQLITE_OK;
    // The same conversions as Qt's QSQLITE driver, so what is stored does not change.
    if (isNullValue(value)) {
        code = sqlite3_bind_null(m_statement, index);
    } else {
        switch (value.typeId()) {
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            code = sqlite3_bind_blob64(m_statement, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
            code = sqlite3_bind_int64(m_statement, index, value.toLongLong());
            break;
        case QMetaType::ULongLong:
            code = sqlite3_bind_int64(m_statement, index, static_cast<sqlite3_int64>(value.toULongLong()));
            break;
        case QMetaType::Double:
            code = sqlite3_bind_double(m_statement, index, value.toDouble());
            break;
        case QMetaType::QDateTime:
            code = bindText(index, value.toDateTime().toString(Qt::ISODateWithMs));
            break;
        case QMetaType::QTime:
            code = bindText(index, value.toTime().toString(Qt::ISODateWithMs));
            break;
        default:
            code = bindText(index, value.toString());
            break;
        }
    }
    noteBindResult(code);
    return *this;
}

int SqlStatement::bindText(int index, const QString &text)
{
    // As UTF-8, the case file's encoding: Qt converts faster than SQLite translates UTF-16 (a
    // tenth of a bulk import's time went to that translation). Into the placeholder's own
    // buffer, which SQLite reads in place (SQLITE_STATIC) until the placeholder is bound again.
    if (m_texts.size() < std::size_t(index))
        m_texts.resize(std::size_t(index));
    QByteArray &utf8 = m_texts[std::size_t(index) - 1];
    utf8.resize(text.size() * 3); // the most UTF-8 a UTF-16 code unit takes
    QStringEncoder encoder(QStringEncoder::Utf8);
    char *end = encoder.appendToBuffer(utf8.data(), text);
    const qsizetype length = end - utf8.constData();
    return sqlite3_bind_text64(m_statement, index, utf8.constData(), sqlite3_uint64(length), SQLITE_STATIC, SQLITE_UTF8);
}

bool SqlStatement::isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString: return value.toString().isNull();
    case QMetaType::QByteArray: return value.toByteArray().isNull();
    case QMetaType::QDate: return value.toDate().isNull();
    case QMetaType::QDateTime: return value.toDateTime().isNull();
    case QMetaType::QTime: return value.toTime().isNull();
    default: return false;
    }
}

bool SqlStatement::exec()
{
    if (!m_statement) {
        m_nextParameter = 1;
        return false;
    }
    if (m_bindError.isError()) {
        m_error = m_bindError;
        m_bindError = {};
        m_nextParameter = 1;
        finish();
        return false;
    }
    if (m_running)
        sqlite3_reset(m_statement);
    m_nextParameter = 1;
    m_running = true;
    m_onRow = false;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW) {
        m_pendingRow = true;
    } else if (code == SQLITE_DONE) {
        m_pendingRow = false;
    } else {
        m_error = sqliteError(code);
        finish();
        return false;
    }
    m_lastInsertId = sqlite3_last_insert_rowid(m_db);
    m_rowsAffected = sqlite3_changes(m_db);
    m_error = {};
    return true;
}

bool SqlStatement::next()
{
    if (!m_running)
        return m_onRow = false;
    if (m_pendingRow) {
        m_pendingRow = false;
        return m_onRow = true;
    }
    if (!m_onRow)
        return false; // already past the last row
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return m_onRow = true;
    if (code != SQLITE_DONE)
        m_error = sqliteError(code);
    m_onRow = false;
    return false;
}

QVariant SqlStatement::value(int column) const
{
    if (!m_onRow || column < 0 || column >= sqlite3_column_count(m_statement))
        return {};
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB: {
        const void *data = sqlite3_column_blob(m_statement, column);
        return QVariant(QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column)));
    }
    case SQLITE_NULL:
        return QVariant(QMetaType(QMetaType::QString)); // as QSQLITE reports NULL
    default: {
        const void *text = sqlite3_column_text16(m_statement, column);
        return QVariant(QString(static_cast<const QChar *>(text), sqlite3_column_bytes16(m_statement, column) / int(sizeof(QChar))));
    }
    }
}

void SqlStatement::finish()
{
    if (m_statement && m_running)
        sqlite3_reset(m_statement);
    m_running = false;
    m_pendingRow = false;
    m_onRow = false;
}

StoreError SqlStatement::sqliteError(int code) const
{
    const char *message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code);
    return errorOf(code, QString::fromUtf8(message));
}

QVariant SqlStatement::textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

StoreError SqlStatement::errorOf(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return {};
    return errorOf(error.nativeErrorCode().toInt(), error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

StoreError SqlStatement::errorOf(int nativeCode, const QString &text)
{
    const int code = nativeCode & 0xff;
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
