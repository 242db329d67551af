// export cases|agreements|summary: what leaves the case file as a file, each export logged.
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rebuttal {

class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    ExportCommand();
    int run(Invocation &invocation, const QStringList &arguments) const override;

private:
    static int exportCases(Invocation &invocation, const QStringList &arguments);
    static int exportAgreements(Invocation &invocation, const QStringList &arguments);
    static int exportSummary(Invocation &invocation, const QStringList &arguments);
};

} // namespace rebuttal
