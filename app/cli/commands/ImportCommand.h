// import production|vaughn|cases|agreements FILE: one command, one kind of file each.
#pragma once

#include "Command.h"
#include "foia/ProductionImport.h"

#include <QCoreApplication>

namespace rebuttal {

class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    ImportCommand();
    int run(Invocation &invocation, const QStringList &arguments) const override;

private:
    static int importCases(Invocation &invocation, const QString &file);
    static int importProduction(Invocation &invocation, const QString &file);
    static int importVaughn(Invocation &invocation, const QString &file);
    static int importAgreements(Invocation &invocation, const QString &file);
};

// What a production import or redetect found, as CLI.md's JSON.
void printProductionResult(Invocation &invocation, const ProductionImport::Result &result);

} // namespace rebuttal
