// Reads and validates a rebuttal.cases JSON file before anything is written anywhere.
#pragma once

#include "CaseRecords.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rebuttal {

class CaseRecordsReader
{
    Q_DECLARE_TR_FUNCTIONS(CaseRecordsReader)

public:
    // `fileName` only names the file in messages.
    std::optional<CaseRecords> read(const QByteArray &json, const QString &fileName);
    std::optional<CaseRecords> readFile(const QString &path);

    // One line: the file, where (line, client ref, field) and what is wrong.
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &where, const QString &problem);
    std::optional<Client> readClient(const QJsonObject &object, int index);
    std::optional<Allegation> readAllegation(const QJsonObject &object, const QString &where);
    std::optional<CaseEvent> readEvent(const QJsonObject &object, const QString &where);
    bool readDate(const QJsonObject &object, const QString &key, const QString &where, bool required, PartialDate *out);
    bool readText(const QJsonObject &object, const QString &key, const QString &where, bool required, QString *out);

    QString m_fileName;
    QString m_error;
};

} // namespace rebuttal
