package org.diplograph;

import org.diplograph.analysis.AnalysisContract;
import org.diplograph.search.SearchContract;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The HTTP suite against the whole application on the embedded database, loaded with the
 * real seed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationTests extends ApiContract implements SearchContract, AnalysisContract {

}
