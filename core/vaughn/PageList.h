// The pages a Vaughn index entry lists, as agencies write them ("3-5 10-12", "3-5, 10-12",
// "pp. 3–5", "2022-ICLI00012 - 2022-ICLI00014"), expanded to page numbers within the document.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace rebuttal {

class PageList
{
    Q_DECLARE_TR_FUNCTIONS(PageList)

public:
    // No document has more pages than this: a higher page number is a typo or an attack, never a
    // request to expand millions of numbers.
    static constexpr int MaxPageNumber = 100000;
    // The most pages one entry may list, expanded: a store and a `vaughn --json` stay small
    // whatever the index claims (200 entries of "1-100000" would be 20 million rows).
    static constexpr int MaxPagesPerEntry = 10000;

    // Page numbers in the order written, without repeats. `documentId` is the entry's document
    // identification: when it is a Bates number, Bates numbers in `text` count from it (its
    // page 1). nullopt when `text` holds something that is not a page reference, or a page
    // beyond MaxPageNumber, or more than MaxPagesPerEntry pages; `problem` then says which, as
    // a phrase to follow the pages as written ("is not a page list (...)").
    static std::optional<QList<int>> expand(const QString &text, const QString &documentId = {}, QString *problem = nullptr);

    // Whether `text` is written as a page list, even one refused for its size: a reader takes it
    // as the entry's pages (and the import refuses it by name) rather than as description.
    static bool isPageReference(const QString &text, const QString &documentId = {});

    // The numeric counter at the end of a Bates number and the prefix before it
    // ("2022-ICLI00010" -> "2022-ICLI", 10); nullopt when `bates` has no counter.
    static std::optional<std::pair<QString, qint64>> splitBates(const QString &bates);

private:
    enum class Failure { None, NotPages, PageTooHigh, TooManyPages };
    static Failure read(const QString &text, const QString &documentId, QList<int> *pages, QString *value);
};

} // namespace rebuttal
