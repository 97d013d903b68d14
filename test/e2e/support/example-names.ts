/**
 * What the example borough's datasets and fields are called on screen, in English (issue 15: in words, not
 * their file or column names). The ids stay the file names ('example-wards'); these are the shown names.
 */
export const EXAMPLE_WARDS = 'Example wards · Ashbridge and Wellmoor';
export const EXAMPLE_LSOAS = 'Example LSOAs · Ashbridge and Wellmoor';
export const EXAMPLE_INDICATORS = 'Example local indicators · 2015, 2019, 2023';
export const EXAMPLE_COMMUNITIES = 'Example community counts · 2021';
export const EXAMPLE_TENSIONS = 'Example tension log · 2023';
export const DEPRIVATION = 'Deprivation score';
