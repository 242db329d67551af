// The FOIA requests to make, drafted from the agreement check's findings (no_agreement,
// use_terms_withheld, review_missing, sop_missing): one plain-text line each, naming the
// instrument, the program and country, and why.
#pragma once

#include "AgreementCheck.h"

#include <QCoreApplication>

namespace rebuttal {

class FoiaRequests
{
    Q_DECLARE_TR_FUNCTIONS(FoiaRequests)

public:
    // `result` should cover every client (no --client filter); `clients` are those it checked.
    static QStringList draft(const CheckResult &result, const AgreementCheck &check, const QList<Client> &clients);
};

} // namespace rebuttal
