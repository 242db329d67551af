// The demo case file: created on first use from the client stories shipped in resources/.
#pragma once

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QString>

namespace rebuttal {

class DemoCaseFile
{
    Q_DECLARE_TR_FUNCTIONS(DemoCaseFile)

public:
    // Where the demo lives: the user's application data folder.
    static QString defaultPath();
    // Creates the demo case file at `path` unless one is there already.
    [[nodiscard]] static StoreError ensure(const QString &path);
};

} // namespace rebuttal
