/** The list's count line, the same words in the popup and on the sites page. */
export const COUNT_ALL = { one: 'countAllOne', other: 'countAll' } as const;
/** Its form follows the count of all cookies, the message's $1; $2 is how many are shown. */
export const COUNT_FILTERED = { one: 'countFilteredOne', other: 'countFiltered' } as const;
