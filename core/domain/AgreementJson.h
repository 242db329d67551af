// An agreement to and from its rebuttal.agreements JSON object; the registry file as a whole.
#pragma once

#include "domain/Agreement.h"

#include <QJsonObject>

namespace rebuttal {

class AgreementJson
{
public:
    static QJsonObject toJson(const Agreement &agreement);
    // For an object the schema accepted: dates that are not real calendar dates come back invalid
    // and are the reader's to refuse.
    static Agreement fromJson(const QJsonObject &object);

    // {"format": "rebuttal.agreements", "version": 1, "agreements": [...]}
    static QJsonObject registry(const QList<Agreement> &agreements);
    static QByteArray registryText(const QList<Agreement> &agreements);

    static QJsonArray citations(const QList<EvidenceCitation> &citations);
    static QJsonObject citation(const EvidenceCitation &citation);
};

} // namespace rebuttal
