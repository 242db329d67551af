// Commands on FOIA productions: documents, document, search, redetect.
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rebuttal {

class DocumentsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    DocumentsCommand();
    bool onlyReads(const CommandOptions &) const override { return true; }
    int run(Invocation &invocation, const QStringList &arguments) const override;
};

class DocumentCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    DocumentCommand();
    bool onlyReads(const CommandOptions &) const override { return true; }
    int run(Invocation &invocation, const QStringList &arguments) const override;
};

class SearchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    SearchCommand();
    bool onlyReads(const CommandOptions &) const override { return true; }
    int run(Invocation &invocation, const QStringList &arguments) const override;
};

class RedetectCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    RedetectCommand();
    int run(Invocation &invocation, const QStringList &arguments) const override;
};

} // namespace rebuttal
