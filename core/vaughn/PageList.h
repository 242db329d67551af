// The pages a Vaughn index entry lists, as agencies write them ("3-5 10-12", "3-5, 10-12",
// "pp. 3–5", "2022-ICLI00012 - 2022-ICLI00014"), expanded to page numbers within the document.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace rebuttal {

class PageList
{
public:
    // Page numbers in the order written, without repeats. `documentId` is the entry's document
    // identification: when it is a Bates number, Bates numbers in `text` count from it (its
    // page 1). nullopt when `text` holds something that is not a page reference.
    static std::optional<QList<int>> expand(const QString &text, const QString &documentId = {});

    // The numeric counter at the end of a Bates number and the prefix before it
    // ("2022-ICLI00010" -> "2022-ICLI", 10); nullopt when `bates` has no counter.
    static std::optional<std::pair<QString, qint64>> splitBates(const QString &bates);
};

} // namespace rebuttal
