import Notebook

/// The files `weave init` writes: a project that builds, checks and publishes as it is.
///
/// Every file is text fixed here but for the site's title (the project folder's name) and the
/// weave the workflow builds (a repository and a revision in it), so the same command always
/// writes the same bytes.
struct ProjectTemplate {
    /// The site's title, written into `weave.yml`.
    var title: String
    /// The git repository the workflow fetches weave from.
    var weaveRepository: String
    /// The commit (or tag) of weave the workflow builds: pinned, so the site changes only when
    /// the author changes it.
    var weaveRevision: String

    /// Where the workflow lives in the project.
    static let workflowPath = ".github/workflows/weave.yml"
    static let notebookPath = "notebooks/intro.md"

    /// The files, by path relative to the project's root, in the order they are written.
    var files: [(path: String, text: String)] {
        [
            (ProjectRoot.markerFileName, settings),
            (Self.notebookPath, Self.notebook),
            (".gitignore", ".weave-cache/\n"),
            ("README.md", readme),
            (Self.workflowPath, workflow),
        ]
    }

    // MARK: - weave.yml

    private var settings: String {
        """
        # This file marks the root of a weave project: the block cache (.weave-cache/) lives
        # beside it. Its keys are the site's settings; all are optional.

        title: \(Self.yamlQuoted(title))

        # Where the site is published. With it, pages get canonical links and the sitemap and
        # feed absolute URLs; without it, every link stays relative.
        # base_url: https://USER.github.io/REPOSITORY/

        # Who writes the notebooks, for the feed (default: the title).
        # author: Your Name

        """
    }

    // MARK: - The example notebook

    static let notebook = #"""
        ---
        title: A first notebook
        summary: A small network learns to tell two interleaving moons apart.
        # With a date, the page is listed in the site's feed (feed.xml):
        # date: 2026-01-31
        ---

        # A first notebook

        Every number and figure on this page is computed when the site is built. The network
        below has one hidden layer of eight tanh units and a sigmoid output:

        $$\hat y = \sigma\bigl(W_2 \tanh(W_1 x + b_1) + b_2\bigr)$$

        Training lowers the cross-entropy loss $E$ by gradient descent, $w \leftarrow w - \eta\,
        \partial E / \partial w$ with the rate $\eta = 0.5$.

        ```nn caption="Two moons and the boundary the network learned" label=fig:moons
        data = moons n=80 noise=0.15 seed=1
        net = network 2-8-1 hidden=tanh output=sigmoid init=normal seed=3
        model = train net on data epochs=300 rate=0.5 loss=crossentropy
        plot boundary model on data
        ```

        @fig:moons shows the boundary between the two classes. An `expect` checks a result on
        every build, so the page cannot silently go wrong:

        ```nn
        e = evaluate model on data
        expect e.accuracy >= 0.8
        ```

        Edit this notebook, or add others to `notebooks/`, and run `weave build`.

        """#

    // MARK: - README

    private var readme: String {
        """
        # \(title)

        Notebooks about neural networks, built into a static site by
        [weave](\(weaveRepository)). Every number and figure is computed when the site is built.

        ```sh
        weave build     # build notebooks/*.md into site/
        weave serve     # serve site/ on http://127.0.0.1:8000/ and rebuild on every save
        weave check     # rebuild in memory and compare with the committed site/
        ```

        Commit `site/` with the notebooks. The workflow in `.github/workflows/weave.yml` builds
        weave, runs `weave check` (so a stale site fails), and on the default branch publishes
        `site/` to GitHub Pages: in the repository's settings, under *Pages*, choose *GitHub
        Actions* as the source. Set `base_url` in `weave.yml` to the published address for
        canonical links and absolute URLs in the sitemap and feed.

        """
    }

    // MARK: - The GitHub Actions workflow

    private var workflow: String {
        """
        # Builds weave, checks that the committed site/ is exactly what the notebooks give, and on
        # the default branch publishes site/ to GitHub Pages (Settings > Pages > Source: GitHub
        # Actions).
        name: weave

        on:
          push:
          pull_request:
          workflow_dispatch:

        permissions:
          contents: read

        env:
          # The weave that builds this site, pinned: the site's bytes change only when this does.
          WEAVE_REPOSITORY: \(Self.yamlQuoted(weaveRepository))
          WEAVE_REVISION: \(Self.yamlQuoted(weaveRevision))

        jobs:
          check:
            runs-on: ubuntu-24.04
            container: swift:6.3-noble
            steps:
              - name: Check out the notebooks
                uses: actions/checkout@v4
              - name: Install libcmark
                run: apt-get update -qq && apt-get install -y -qq libcmark-dev
              - name: Build weave
                run: |
                  git init -q "$RUNNER_TEMP/weave"
                  cd "$RUNNER_TEMP/weave"
                  git fetch -q --depth 1 "$WEAVE_REPOSITORY" "$WEAVE_REVISION"
                  git checkout -q FETCH_HEAD
                  WEAVE_PORTABLE=1 swift build -c release --product weave
                  echo "$RUNNER_TEMP/weave/.build/release" >> "$GITHUB_PATH"
              - name: Check the site
                run: weave check notebooks --site site
              - name: Upload the site for GitHub Pages
                if: github.ref == format('refs/heads/{0}', github.event.repository.default_branch)
                uses: actions/upload-pages-artifact@v3
                with:
                  path: site

          deploy:
            needs: check
            if: github.ref == format('refs/heads/{0}', github.event.repository.default_branch)
            runs-on: ubuntu-24.04
            permissions:
              pages: write
              id-token: write
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            concurrency:
              group: pages
              cancel-in-progress: false
            steps:
              - name: Deploy to GitHub Pages
                id: deployment
                uses: actions/deploy-pages@v4

        """
    }

    /// `text` as a YAML double-quoted scalar: backslashes, quotes and control characters escaped.
    static func yamlQuoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                quoted += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
