// Reads and validates a rebuttal.agreements registry before anything is written: the shipped JSON
// Schema first (valijson), then what a schema cannot say: real calendar dates, unique refs, parents
// that exist (in the file or the case file) and no parent cycles.
#pragma once

#include "domain/Agreement.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace rebuttal {

struct SchemaViolation;

class AgreementsReader
{
    Q_DECLARE_TR_FUNCTIONS(AgreementsReader)

public:
    static QByteArray schemaText();

    // `stored` is the case file's registry: a parent may name one of its agreements, and the file's
    // agreements replace those of the same ref.
    std::optional<QList<Agreement>> read(const QByteArray &bytes, const QString &fileName,
                                         const QList<Agreement> &stored = {});
    std::optional<QList<Agreement>> readFile(const QString &path, const QList<Agreement> &stored = {});

    // One line: the file, the agreement ref, the field, the value and what is wrong.
    QString errorString() const { return m_error; }

    // The rules a schema cannot say, over a whole registry (also used by the GUI's editor):
    // an empty string when `agreements` holds.
    static QString ruleProblem(const QList<Agreement> &agreements, const QJsonArray *source = nullptr);

private:
    bool fail(const QString &where, const QString &problem);
    bool failSchema(const QJsonObject &root, const SchemaViolation &violation);

    QString m_fileName;
    QString m_error;
};

} // namespace rebuttal
